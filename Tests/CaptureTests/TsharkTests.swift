import Capture
import Foundation
import Testing
import Wire

/// Checks that Wireshark's own dissectors accept what the capture writer produces. These tests need tshark and
/// capinfos in /usr/bin (the Debian package `tshark`); they are skipped, not passed, when tshark is absent.
@Suite("tshark reads the captures", .enabled(if: Tshark.isAvailable, "needs tshark in /usr/bin"))
struct TsharkTests {
    /// One packet as tshark dissected it.
    struct Dissection {
        var stream: String
        var flags: String
        var tcpChecksumStatus: String
        var ipChecksumStatus: String
        var expertSeverities: [Int]
        var expertMessages: [String]
        var malformed: String
        var tlsRecordTypes: [String]
    }

    private static let fields = [
        "tcp.stream", "tcp.flags", "tcp.checksum.status", "ip.checksum.status", "_ws.expert.severity",
        "_ws.expert.message", "_ws.malformed", "tls.record.content_type",
    ]

    /// The expert severity tshark gives warnings; errors are higher.
    private static let warningSeverity = 6_291_456

    private func dissect(_ path: String) throws -> [Dissection] {
        var arguments = [
            "-r", path, "-n", "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-T", "fields",
            "-E", "occurrence=a", "-E", "aggregator=|",
        ]
        for field in Self.fields {
            arguments += ["-e", field]
        }
        let output = try Tshark.run("/usr/bin/tshark", arguments)
        return output.split(separator: "\n").map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func list(_ index: Int) -> [String] {
                index < columns.count ? columns[index].split(separator: "|").map(String.init) : []
            }
            return Dissection(
                stream: columns[0],
                flags: columns[1],
                tcpChecksumStatus: columns[2],
                ipChecksumStatus: columns[3],
                expertSeverities: list(4).compactMap { Int($0) },
                expertMessages: list(5),
                malformed: columns.count > 6 ? columns[6] : "",
                tlsRecordTypes: list(7)
            )
        }
    }

    private func withCapture(_ transcript: Transcript, _ body: (String) throws -> Void) throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        try body(try CaptureFixtures.writeCapture(transcript, in: directory))
    }

    @Test("a FIN-closed capture dissects with good checksums, one stream and no warnings or errors")
    func finCapture() throws {
        try withCapture(CaptureFixtures.closedByFIN()) { path in
            let packets = try dissect(path)
            #expect(packets.count == 26)
            #expect(packets.prefix(3).map(\.flags) == ["0x0002", "0x0012", "0x0010"])
            #expect(packets.allSatisfy { $0.stream == "0" })
            #expect(packets.allSatisfy { $0.tcpChecksumStatus == "1" && $0.ipChecksumStatus == "1" })
            #expect(packets.allSatisfy { $0.malformed.isEmpty })
            #expect(packets.flatMap(\.expertSeverities).allSatisfy { $0 < Self.warningSeverity })
            // Every TLS record is found, including those spanning several segments.
            #expect(packets.flatMap(\.tlsRecordTypes) == Array(repeating: "23", count: 7))
        }
    }

    @Test("a reset capture's only warning is the reset itself")
    func resetCapture() throws {
        try withCapture(CaptureFixtures.closedByReset()) { path in
            let packets = try dissect(path)
            #expect(packets.last?.flags == "0x0014")
            #expect(packets.allSatisfy { $0.tcpChecksumStatus == "1" && $0.ipChecksumStatus == "1" })
            let warnings = packets.flatMap { packet in
                zip(packet.expertSeverities, packet.expertMessages).filter { $0.0 >= Self.warningSeverity }.map(\.1)
            }
            #expect(warnings == ["Connection reset (RST)"])
        }
    }

    @Test("captures with distinct indices are distinct TCP streams when merged")
    func distinctStreams() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let transcript = CaptureFixtures.closedByFIN()
        let packets =
            try TCPFramer(captureIndex: 1).frames(for: transcript)
            + TCPFramer(captureIndex: 2).frames(for: transcript)
        let path = directory + "/two.pcapng"
        try PcapngWriter(application: "test").write(packets, keyLog: [], to: path)
        let streams = Set(try dissect(path).map(\.stream))
        #expect(streams == ["0", "1"])
    }

    @Test("capinfos sees the secrets block, comment, application and nanosecond resolution")
    func capinfosSeesMetadata() throws {
        try withCapture(CaptureFixtures.closedByFIN()) { path in
            let report = try Tshark.run("/usr/bin/capinfos", ["-M", path])
            #expect(report.contains("Number of decryption secrets in file: 1"))
            #expect(report.contains("Capture comment:     fixture: expected=accepted actual=accepted"))
            #expect(report.contains("Capture application: mtls-harness 0.1.0"))
            #expect(report.contains("File timestamp precision:  nanoseconds (9)"))
            #expect(report.contains("Number of packets:   26"))
        }
        // Without a key log there is no secrets block, and capinfos prints no secrets line at all.
        try withCapture(Transcript(openedAt: CaptureFixtures.openedAt)) { path in
            let report = try Tshark.run("/usr/bin/capinfos", ["-M", path])
            #expect(!report.contains("decryption secrets"))
            #expect(report.contains("Number of packets:   3"))
        }
    }
}

/// Runs the Wireshark command line tools.
enum Tshark {
    /// Whether tshark and capinfos are installed where the tests look for them.
    static var isAvailable: Bool {
        ["/usr/bin/tshark", "/usr/bin/capinfos"].allSatisfy(FileManager.default.isExecutableFile(atPath:))
    }

    /// The standard output of `tool` run with `arguments`; throws when it exits with a failure.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(tool: tool, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A Wireshark tool that exited with a failure status.
struct ToolFailure: Error {
    var tool: String
    var status: Int32
}
