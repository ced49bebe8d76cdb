import Capture
import Foundation
import Testing
import Wire

@Suite("inspect")
struct InspectCommandTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-\(UUID())").path

    /// Captures of two real catalog cases, made by the command line itself.
    static let captures: (tls13: String, tls12: String) = {
        _ = try? CommandLineTests.run(
            "run", "--filter", "client.expired-cert", "--capture", "all", "--captures", folder
        )
        return ("\(folder)/client.expired-cert.tls13.pcapng", "\(folder)/client.expired-cert.tls12.pcapng")
    }()

    static func capture(of transcript: Transcript, name: String) throws -> String {
        let store = CaptureStore(directory: folder, application: "tests")
        return try store.write(transcript, stem: name, comment: nil, captureIndex: 7)
    }

    @Test("a TLS 1.3 capture is explained with its encrypted certificates and alert decrypted")
    func explainsTLS13() throws {
        let result = try CommandLineTests.run("inspect", Self.captures.tls13)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("TLS 1.3, "))
        #expect(result.stdout.contains("decrypted  Certificate"))
        #expect(result.stdout.contains("subject  CN=client expired,O=mtls-harness"))
        #expect(result.stdout.contains("decrypted  Alert fatal certificate_expired"))
    }

    @Test("a TLS 1.2 capture shows the certificates in clear and the alert")
    func explainsTLS12() throws {
        let result = try CommandLineTests.run("inspect", Self.captures.tls12)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("TLS 1.2, "))
        #expect(result.stdout.contains("clear      Certificate"))
        #expect(result.stdout.contains("certificate_expired"))
    }

    @Test("--format json is one JSON document")
    func jsonFormat() throws {
        let result = try CommandLineTests.run("inspect", Self.captures.tls13, "--format", "json")
        #expect(result.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(document?["events"] != nil)
    }

    @Test("a missing file exits 66 naming it")
    func missingFile() throws {
        let result = try CommandLineTests.run("inspect", "/nonexistent/capture.pcapng")
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/capture.pcapng"))
    }

    @Test("a file that is not a capture exits 65 with one line")
    func notACapture() throws {
        let path = try CommandLineTests.temporaryFile("hello, world\n", name: "notes.pcapng")
        try Self.expectDataError(path)
    }

    @Test("a truncated capture exits 65 with one line", arguments: [0.25, 0.5, 0.9])
    func truncatedCapture(fraction: Double) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.captures.tls13))
        let path = "\(Self.folder)/truncated-\(fraction).pcapng"
        try bytes.prefix(Int(Double(bytes.count) * fraction) | 1).write(to: URL(fileURLWithPath: path))
        try Self.expectDataError(path)
    }

    @Test("a capture with no TLS in it exits 65 with one line")
    func noTLS() throws {
        let http = Array("GET / HTTP/1.1\r\nHost: example.test\r\n\r\n".utf8)
        let transcript = Transcript(
            openedAt: 1_000_000_000, writes: [.init(direction: .clientToServer, timestamp: 1_000_100_000, bytes: http)]
        )
        try Self.expectDataError(try Self.capture(of: transcript, name: "http"))
    }

    @Test("a capture of garbage records exits 65 with one line")
    func garbageRecords() throws {
        var generator = SystemRandomNumberGenerator()
        let garbage =
            [0x16, 0x03, 0x01, 0xFF, 0xFF] + (0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let transcript = Transcript(
            openedAt: 1_000_000_000,
            writes: [.init(direction: .clientToServer, timestamp: 1_000_100_000, bytes: garbage)]
        )
        try Self.expectDataError(try Self.capture(of: transcript, name: "garbage"))
    }

    static func expectDataError(_ path: String) throws {
        let result = try CommandLineTests.run("inspect", path)
        #expect(result.status == 65, "\(path): \(result.stdout) \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(path))
    }
}
