import Foundation
import Testing

@Suite(
    "verify and pin", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs openssl"))
struct VerifyAndPinCommandTests {
    /// A scenario PKI written by the command line itself, with its reference time.
    static let pki: (folder: String, time: String) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID())").path
        _ = try? CommandLineTests.run("pki", "--out", folder)
        let index = (try? String(contentsOfFile: "\(folder)/INDEX.txt", encoding: .utf8)) ?? ""
        let time = index.split(separator: "\n").first?.split(separator: " ").last.map(String.init) ?? ""
        let crls = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".crl.pem") && !$0.hasPrefix("rogue") }.sorted()
            .compactMap { try? String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8) }.joined()
        try? Data(crls.utf8).write(to: URL(fileURLWithPath: "\(folder)/crls.pem"))
        return (folder, time)
    }()

    static func openssl(_ arguments: [String], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        let output = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardInput = inputPipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// The pin the openssl command line computes for the first certificate of a file.
    static func opensslPin(_ file: String) throws -> String {
        let key = try openssl(["x509", "-in", file, "-pubkey", "-noout"])
        let der = try openssl(["pkey", "-pubin", "-outform", "DER"], input: key)
        let digest = try openssl(["dgst", "-sha256", "-binary"], input: der)
        return digest.base64EncodedString()
    }

    @Test("pin prints what openssl computes, in both forms", arguments: ["ec", "rsa", "ed25519"])
    func pinMatchesOpenSSL(kind: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pin-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let algorithm: [String] =
            switch kind {
            case "ec": ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"]
            case "rsa": ["-newkey", "rsa:2048"]
            default: ["-newkey", "ed25519"]
            }
        _ = try Self.openssl(
            [
                "req", "-x509", "-nodes", "-subj", "/CN=pin test", "-days", "1", "-keyout", "\(folder)/key.pem",
                "-out", "\(folder)/cert.pem",
            ] + algorithm
        )
        let expected = try Self.opensslPin("\(folder)/cert.pem")
        let result = try CommandLineTests.run("pin", "\(folder)/cert.pem")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  sha256/\(expected)\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  pin-sha256=\"\(expected)\"\n"))
        #expect(result.stdout.contains("CN=pin test"))
    }

    @Test("pin prints every certificate of a chain file")
    func pinPrintsEveryCertificate() throws {
        let result = try CommandLineTests.run("pin", "\(Self.pki.folder)/client-valid.pem")
        #expect(result.status == 0)
        #expect(result.stdout.contains("[1]") && result.stdout.contains("[2]"))
    }

    @Test("pin refuses a file that holds no certificate with 65, and a missing one with 66")
    func pinRefusesBadFiles() throws {
        let notes = try CommandLineTests.temporaryFile("not a certificate", name: "notes.pem")
        #expect(try CommandLineTests.run("pin", notes).status == 65)
        let key = try CommandLineTests.run("pin", "\(Self.pki.folder)/root.key.pem")
        #expect(key.status == 65)
        #expect(key.stderr.contains("root.key.pem"))
        #expect(try CommandLineTests.run("pin", "/nonexistent.pem").status == 66)
    }

    static func verify(_ chain: String, _ extra: String...) throws -> CommandLineTests.Result {
        try CommandLineTests.run(
            [
                "verify", "--trust", "\(pki.folder)/root.pem", "--chain", "\(pki.folder)/\(chain)",
                "--crl", "\(pki.folder)/crls.pem", "--at", pki.time,
            ] + extra
        )
    }

    @Test("verify accepts the good server chain with its pin, and says why it rejects the others")
    func verifyDecides() throws {
        let pinOutput = try CommandLineTests.run("pin", "\(Self.pki.folder)/server-valid.pem").stdout
        let pin = try #require(pinOutput.split(separator: "\n").dropFirst().first?.trimmingCharacters(in: .whitespaces))
        let accepted = try Self.verify("server-valid.pem", "--name", "server.mtls-harness.test", "--pin", pin)
        #expect(accepted.status == 0 && accepted.stdout == "ACCEPT\n", "\(accepted.stdout)\(accepted.stderr)")
        let expired = try Self.verify("server-expired.pem", "--name", "server.mtls-harness.test", "--pin", pin)
        #expect(expired.status == 1 && expired.stdout.hasPrefix("REJECT CERT_HAS_EXPIRED"))
        let unpinned = try Self.verify("server-valid.pem", "--name", "server.mtls-harness.test")
        #expect(unpinned.status == 1 && unpinned.stdout.hasPrefix("REJECT rule pin"))
        let mismatch = try Self.verify("server-name-mismatch.pem", "--name", "server.mtls-harness.test", "--pin", pin)
        #expect(mismatch.status == 1 && mismatch.stdout.hasPrefix("REJECT HOSTNAME_MISMATCH"))
        let svid = try Self.verify("client-two-uris.pem", "--purpose", "client", "--policy", "mozilla-intermediate")
        #expect(svid.status == 0, "mozilla-intermediate has no SPIFFE rules: \(svid.stdout)")
    }

    @Test("verify refuses unreadable input with 65 and bad arguments with 64")
    func verifyRefusesBadInput() throws {
        let notes = try CommandLineTests.temporaryFile("garbage", name: "chain.pem")
        let result = try CommandLineTests.run("verify", "--trust", "\(Self.pki.folder)/root.pem", "--chain", notes)
        #expect(result.status == 65)
        #expect(result.stderr.contains(notes))
        #expect(try Self.verify("server-valid.pem", "--at", "yesterday").status == 64)
        #expect(try Self.verify("server-valid.pem", "--purpose", "peer").status == 64)
        #expect(try Self.verify("server-valid.pem", "--name", "a.test", "--uri", "spiffe://a.test/x").status == 64)
        #expect(try CommandLineTests.run("verify", "--chain", notes).status == 64)
    }
}
