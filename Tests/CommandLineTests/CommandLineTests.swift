import Foundation
import Testing

/// Runs the built `mtls-harness` binary as a user would and checks its output and exit status.
@Suite("Command line")
struct CommandLineTests {
    static let binary: URL = {
        // Tests run from the build products folder, where the executable is built beside them.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("mtls-harness").path)
            && folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("mtls-harness")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    static func temporaryFile(_ contents: String, name: String = "policy.json") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    @Test(
        "--help works at every level and exits 0",
        arguments: [[], ["run"], ["pki"], ["policy"], ["inspect"], ["verify"], ["pin"]])
    func helpAtEveryLevel(command: [String]) throws {
        let result = try Self.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: mtls-harness"))
        #expect(result.stderr.isEmpty)
    }

    @Test(
        "bad arguments exit 64 with one line on stderr",
        arguments: [
            ["bogus"], [], ["run", "--frobnicate"], ["run", "--format", "xml"], ["run", "--jobs", "0"],
            ["run", "--policy"], ["run", "--filter", "nothing.matches*"], ["run", "--policy", "no-such-preset"],
            ["pki"], ["policy", "show"], ["run", "extra"],
        ]
    )
    func badArgumentsExit64(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test("a bad policy file exits 65 with one line naming the file and the field")
    func badPolicyFileExits65() throws {
        let path = try Self.temporaryFile(#"{"minVersion": "TLSv1.2", "bogus": true}"#)
        let result = try Self.run("run", "--policy", path)
        #expect(result.status == 65)
        #expect(result.stderr == "mtls-harness: \(path): unknown field 'bogus'\n")
        let check = try Self.run("policy", "check", path)
        #expect(check.status == 65)
    }

    @Test("a missing policy file exits 66")
    func missingPolicyFile() throws {
        let result = try Self.run("run", "--policy", "/nonexistent/policy.json")
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/policy.json"))
    }

    @Test("run exits 0 when every case passes and prints an aligned table")
    func passingRunExitsZero() throws {
        let result = try Self.run("run", "--filter", "client.expired-*")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("SCENARIO") == true)
        let expectedColumn = lines[0].range(of: "EXPECTED")?.lowerBound.utf16Offset(in: lines[0])
        for row in lines[1...2] {
            #expect(row.contains("PASS"))
            let column = row.range(of: "certificate_expired")?.lowerBound.utf16Offset(in: row)
            #expect(column == expectedColumn, "misaligned: \(row)")
        }
        #expect(lines.last?.contains("2 cases, 2 passed, 0 failed") == true)
    }

    @Test("run exits 1 under the permissive preset")
    func permissiveRunExitsOne() throws {
        let result = try Self.run("run", "--policy", "insecure-permissive", "--filter", "server.*", "--format", "json")
        #expect(result.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let totals = try #require(document?["totals"] as? [String: Int])
        #expect(totals["passed"] == 0)
        #expect(totals["failed"] == totals["cases"])
    }

    @Test("a policy file that loads runs like the preset it copies")
    func policyFileRuns() throws {
        let shown = try Self.run("policy", "show", "nhi-strict")
        #expect(shown.status == 0)
        let path = try Self.temporaryFile(shown.stdout)
        let result = try Self.run("run", "--policy", path, "--filter", "baseline.*")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("pki writes every file, keys with mode 0600, and an index")
    func pkiWritesFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pki-\(UUID())").path
        let result = try Self.run("pki", "--out", folder)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains("root.pem"))
        #expect(names.contains("root.crl.pem"))
        #expect(names.contains("client-expired.pem"))
        #expect(names.contains("INDEX.txt"))
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        for name in names where name.hasSuffix(".key.pem") {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(folder)/\(name)")
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
        }
        let index = try String(contentsOfFile: "\(folder)/INDEX.txt", encoding: .utf8)
        #expect(index.contains("client-expired.pem"))
        #expect(index.contains("notAfter is a day in the past"))
    }
}

@Suite("README")
struct ReadmeTests {
    @Test("the README's example policy loads and passes the whole catalog")
    func examplePolicyPasses() throws {
        var folder = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path) {
            folder.deleteLastPathComponent()
        }
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Policy files").dropFirst().first)
        let example = try #require(
            section.components(separatedBy: "```json\n").dropFirst().first?
                .components(separatedBy: "```").first)
        let path = try CommandLineTests.temporaryFile(example, name: "readme-example.json")
        let result = try CommandLineTests.run("run", "--policy", path, "--capture", "none")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}

@Suite("Hostile input")
struct HostileInputTests {
    @Test("devices, folders and FIFOs are refused with 66 instead of being read", arguments: ["pin", "inspect"])
    func specialFilesAreRefused(command: String) throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID())").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        for path in ["/dev/zero", FileManager.default.temporaryDirectory.path, fifo] {
            let result = try CommandLineTests.run(command, path)
            #expect(result.status == 66, "\(command) \(path): \(result.stderr)")
        }
    }

    @Test("a policy value with a newline gives a one-line error")
    func newlinesAreEscaped() throws {
        let path = try CommandLineTests.temporaryFile(#"{"bogus\nfield": 1}"#)
        let result = try CommandLineTests.run("policy", "check", path)
        #expect(result.status == 65)
        #expect(result.stderr.hasSuffix("unknown field 'bogus\\nfield'\n"), "\(result.stderr)")
    }

    @Test("an absurd --at is a usage error, not a crash")
    func absurdTimeIsRefused() throws {
        let result = try CommandLineTests.run(
            "verify", "--trust", "/dev/null", "--chain", "/dev/null", "--at", "9223372036854775807"
        )
        #expect(result.status == 64)
    }

    @Test("pki writes nothing when one target is a folder, and keys are private from the start")
    func pkiIsAllOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pki-\(UUID())").path
        try FileManager.default.createDirectory(atPath: "\(folder)/server-valid.pem", withIntermediateDirectories: true)
        let result = try CommandLineTests.run("pki", "--out", folder)
        #expect(result.status == 73)
        #expect(result.stderr.contains("server-valid.pem"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["server-valid.pem"])
    }
}
