import Capture
import Foundation
import Wire

/// Synthetic transcripts and file helpers shared by the capture tests; all times are fixed.
enum CaptureFixtures {
    /// 2023-11-14T22:13:20Z in nanoseconds: the fixed opening time of every fixture.
    static let openedAt: UInt64 = 1_700_000_000_000_000_000

    /// Key log lines in NSS format for a TLS 1.3 connection.
    static let keyLog: [String] = [
        "CLIENT_HANDSHAKE_TRAFFIC_SECRET " + hex(0x11, 32) + " " + hex(0x21, 32),
        "SERVER_HANDSHAKE_TRAFFIC_SECRET " + hex(0x11, 32) + " " + hex(0x22, 32),
        "CLIENT_TRAFFIC_SECRET_0 " + hex(0x11, 32) + " " + hex(0x23, 32),
        "SERVER_TRAFFIC_SECRET_0 " + hex(0x11, 32) + " " + hex(0x24, 32),
    ]

    /// A TLS 1.2 application data record of `total` bytes including its five-byte header, with filler content.
    static func record(totalLength total: Int, seed: UInt8) -> [UInt8] {
        let length = total - 5
        var bytes: [UInt8] = [0x17, 0x03, 0x03, UInt8(length >> 8), UInt8(length & 0xFF)]
        bytes += (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }
        return bytes
    }

    /// Writes of assorted sizes each way: shorter than a segment, exactly one segment, several segments.
    static func writes(startingAt start: UInt64) -> [Transcript.Write] {
        let plan: [(Direction, [UInt8])] = [
            (.clientToServer, record(totalLength: 517, seed: 1)),
            (.serverToClient, record(totalLength: 4_000, seed: 2)),
            (.serverToClient, record(totalLength: 1_460, seed: 3)),
            (.clientToServer, record(totalLength: 2_921, seed: 4)),
            (.clientToServer, record(totalLength: 64, seed: 5)),
            (.serverToClient, record(totalLength: 9_000, seed: 6) + record(totalLength: 37, seed: 7)),
        ]
        return plan.enumerated().map { index, step in
            Transcript.Write(direction: step.0, timestamp: start + UInt64(index) * 250_000, bytes: step.1)
        }
    }

    /// A connection that both sides close with FIN, the client first.
    static func closedByFIN() -> Transcript {
        let writes = writes(startingAt: openedAt + 1_000_000)
        let end = writes.last!.timestamp
        return Transcript(
            openedAt: openedAt,
            writes: writes,
            closes: [
                Transcript.Close(direction: .clientToServer, kind: .fin, timestamp: end + 100_000),
                Transcript.Close(direction: .serverToClient, kind: .fin, timestamp: end + 150_000),
            ],
            keyLog: keyLog
        )
    }

    /// A connection the server aborts with RST after the writes.
    static func closedByReset() -> Transcript {
        let writes = writes(startingAt: openedAt + 1_000_000)
        return Transcript(
            openedAt: openedAt,
            writes: writes,
            closes: [Transcript.Close(direction: .serverToClient, kind: .reset, timestamp: writes.last!.timestamp + 1)],
            keyLog: keyLog
        )
    }

    /// A connection only the client closes; the server's FIN must be supplied by the framer.
    static func closedByClientOnly() -> Transcript {
        var transcript = closedByFIN()
        transcript.closes.removeLast()
        return transcript
    }

    /// A fresh empty directory for one test; remove it with ``removeDirectory(_:)``.
    static func makeDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("capture-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a directory made by ``makeDirectory()``.
    static func removeDirectory(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `path` as they are.
    static func writeRaw(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The bytes of the file at `path`.
    static func readRaw(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Frames `transcript` as capture 7 and writes it to `<directory>/<name>`, returning the path.
    static func writeCapture(_ transcript: Transcript, in directory: String, name: String = "fixture.pcapng") throws
        -> String
    {
        let path = directory + "/" + name
        let packets = try TCPFramer(captureIndex: 7).frames(for: transcript)
        try PcapngWriter(application: "mtls-harness 0.1.0", comment: "fixture: expected=accepted actual=accepted")
            .write(packets, keyLog: transcript.keyLog, to: path)
        return path
    }

    private static func hex(_ byte: UInt8, _ count: Int) -> String {
        String(repeating: String(format: "%02x", byte), count: count)
    }
}
