import Capture
import Foundation
import Testing
import Wire

@Suite("CaptureStore")
struct CaptureStoreTests {
    @Test(
        "stems are sanitised into safe file names",
        arguments: [
            ("client.expired-cert.tls13", "client.expired-cert.tls13"),
            ("../x y/z", "x-y-z"),
            ("mitm: café / tls1.2", "mitm-caf-tls1.2"),
            ("...", ""),
            ("a\u{0}b", "a-b"),
        ]
    )
    func sanitisesStems(raw: String, expected: String) {
        #expect(CaptureStore.sanitizedStem(raw) == expected)
    }

    @Test("long stems are cut")
    func longStemsAreCut() {
        #expect(CaptureStore.sanitizedStem(String(repeating: "a", count: 500)).count == CaptureStore.maximumStemLength)
    }

    @Test("writing creates the directory and a capture that reads back with its comment")
    func writesCapture() throws {
        let root = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(root) }
        let store = CaptureStore(directory: root + "/runs/captures", application: "mtls-harness 0.1.0")
        let transcript = CaptureFixtures.closedByReset()
        let path = try store.write(
            transcript,
            stem: "client.expired-cert.tls13",
            comment: "client.expired-cert: expected rejected(certificate_expired), got accepted",
            captureIndex: 12
        )
        #expect(path == root + "/runs/captures/client.expired-cert.tls13.pcapng")
        let capture = try CaptureFile(contentsOf: path)
        #expect(capture.comment == "client.expired-cert: expected rejected(certificate_expired), got accepted")
        #expect(capture.application == "mtls-harness 0.1.0")
        let connection = try capture.connection()
        #expect(connection.transcript == transcript)
        #expect(connection.client.port == 49152 + 12)
    }

    @Test("a rerun replaces the capture")
    func rerunReplaces() throws {
        let root = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(root) }
        let store = CaptureStore(directory: root, application: "mtls-harness 0.1.0")
        try store.write(CaptureFixtures.closedByFIN(), stem: "s", comment: "first", captureIndex: 0)
        let path = try store.write(CaptureFixtures.closedByReset(), stem: "s", comment: "second", captureIndex: 0)
        let capture = try CaptureFile(contentsOf: path)
        #expect(capture.comment == "second")
        #expect(try capture.connection().transcript == CaptureFixtures.closedByReset())
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["s.pcapng"])
    }

    @Test("a stem with nothing usable is invalidArgument")
    func emptyStem() throws {
        let root = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(root) }
        let store = CaptureStore(directory: root, application: "test")
        #expect(throws: CaptureError(.invalidArgument, "")) {
            try store.write(CaptureFixtures.closedByFIN(), stem: "../", comment: nil, captureIndex: 0)
        }
    }

    @Test("a directory path that is a file is writeFailed")
    func directoryIsAFile() throws {
        let root = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(root) }
        try CaptureFixtures.writeRaw([1], to: root + "/file")
        let store = CaptureStore(directory: root + "/file", application: "test")
        #expect(throws: CaptureError(.writeFailed, "")) {
            try store.write(CaptureFixtures.closedByFIN(), stem: "s", comment: nil, captureIndex: 0)
        }
    }
}
