import Capture
import Foundation
import Testing
import Wire

@Suite("CaptureFile")
struct CaptureFileTests {
    /// A classic pcap file, little-endian with nanosecond timestamps, holding `packets`.
    private static func classicPcap(linkType: UInt32, packets: [CapturedPacket]) -> [UInt8] {
        var file: [UInt8] = []
        func append(_ value: UInt32) {
            file += [0, 8, 16, 24].map { UInt8(truncatingIfNeeded: value >> UInt32($0)) }
        }
        append(0xA1B2_3C4D)
        file += [2, 0, 4, 0]
        append(0)
        append(0)
        append(262_144)
        append(linkType)
        for packet in packets {
            append(UInt32(packet.timestamp / 1_000_000_000))
            append(UInt32(packet.timestamp % 1_000_000_000))
            append(UInt32(packet.bytes.count))
            append(UInt32(packet.bytes.count))
            file += packet.bytes
        }
        return file
    }

    /// Runs `body` with a fresh directory holding the FIN fixture capture.
    private func withCapture(_ body: (_ directory: String, _ path: String) throws -> Void) throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        try body(directory, try CaptureFixtures.writeCapture(CaptureFixtures.closedByFIN(), in: directory))
    }

    /// The code of the error reading `path` throws, or `nil` when it reads.
    private func readingError(_ path: String) -> CaptureError.Code? {
        do {
            _ = try CaptureFile(contentsOf: path)
            return nil
        } catch {
            return error.code
        }
    }

    @Test("a written capture reads back through libpcap frame for frame, with its secrets and comment")
    func readsBackWhatWasWritten() throws {
        try withCapture { _, path in
            let transcript = CaptureFixtures.closedByFIN()
            let written = try TCPFramer(captureIndex: 7).frames(for: transcript)
            let capture = try CaptureFile(contentsOf: path)
            #expect(capture.packets == written)
            #expect(capture.packets.count == 26)
            #expect(zip(capture.packets, capture.packets.dropFirst()).allSatisfy { $0.timestamp <= $1.timestamp })
            #expect(capture.keyLog == CaptureFixtures.keyLog)
            #expect(capture.application == "mtls-harness 0.1.0")
            #expect(capture.comment == "fixture: expected=accepted actual=accepted")
            for packet in capture.packets {
                let frame = FrameInspection(packet.bytes)
                #expect(frame.ipChecksumIsValid && frame.tcpChecksumIsValid)
            }
        }
    }

    @Test("a classic pcap Ethernet file reads, with no secrets")
    func readsClassicPcap() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let packets = try TCPFramer(captureIndex: 1).frames(for: CaptureFixtures.closedByReset())
        let path = directory + "/classic.pcap"
        try CaptureFixtures.writeRaw(Self.classicPcap(linkType: 1, packets: packets), to: path)
        let capture = try CaptureFile(contentsOf: path)
        #expect(capture.packets == packets)
        #expect(capture.keyLog.isEmpty && capture.comment == nil)
    }

    @Test("a missing file is fileNotFound")
    func missingFile() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let path = directory + "/absent.pcapng"
        #expect(throws: CaptureError(.fileNotFound, "")) { try CaptureFile(contentsOf: path) }
        #expect(readingError(directory + "/absent/below.pcapng") == .fileNotFound)
    }

    @Test("a directory is fileUnreadable")
    func directoryIsUnreadable() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        #expect(readingError(directory) == .fileUnreadable)
    }

    @Test(
        "text and empty files are notACapture",
        arguments: ["", "hello, world\n", "# not a capture\n" + String(repeating: "x", count: 300)])
    func textIsNotACapture(text: String) throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let path = directory + "/text.pcapng"
        try CaptureFixtures.writeRaw(Array(text.utf8), to: path)
        do {
            _ = try CaptureFile(contentsOf: path)
            Issue.record("a text file was read as a capture")
        } catch {
            #expect(error.code == .notACapture)
            #expect(error.reason.hasPrefix(path + ": "))
        }
    }

    @Test("a pcapng file cut inside any block is truncatedCapture")
    func truncatedPcapng() throws {
        try withCapture { directory, path in
            let bytes = try CaptureFixtures.readRaw(path)
            let blocks = PcapngBlocks(bytes).blocks
            let firstPacket = try #require(blocks.first { $0.type == 6 })
            let cuts = [
                2, 7, 20, blocks[0].length - 1, blocks[1].offset + 6, blocks[2].offset + 12,
                firstPacket.offset + 30, bytes.count - 1, bytes.count - 4,
            ]
            for cut in cuts {
                let cutPath = directory + "/cut-\(cut).pcapng"
                try CaptureFixtures.writeRaw(Array(bytes.prefix(cut)), to: cutPath)
                #expect(readingError(cutPath) == .truncatedCapture, "cut at \(cut)")
            }
        }
    }

    @Test("every prefix of a pcapng file is truncated unless it ends between blocks after the interface")
    func everyPrefixOfPcapng() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let handshakeOnly = Transcript(openedAt: CaptureFixtures.openedAt, keyLog: ["CLIENT_RANDOM 00 11"])
        let path = try CaptureFixtures.writeCapture(handshakeOnly, in: directory)
        let bytes = try CaptureFixtures.readRaw(path)
        // A file may end after any block from the interface description on; before it, libpcap has no interface.
        let boundaries = Set(PcapngBlocks(bytes).blocks.dropFirst().map { $0.offset + $0.length })
        let cutPath = directory + "/prefix.pcapng"
        for cut in 1..<bytes.count {
            try CaptureFixtures.writeRaw(Array(bytes.prefix(cut)), to: cutPath)
            let code = readingError(cutPath)
            let expected: CaptureError.Code? = boundaries.contains(cut) ? nil : .truncatedCapture
            #expect(code == expected, "prefix of \(cut) bytes")
        }
    }

    @Test("a classic pcap file cut inside its header or a packet is truncatedCapture")
    func truncatedClassicPcap() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let packets = try TCPFramer(captureIndex: 1).frames(for: CaptureFixtures.closedByFIN())
        let bytes = Self.classicPcap(linkType: 1, packets: Array(packets.prefix(4)))
        for cut in [3, 12, 23, 24 + 8, 24 + 16 + 30, bytes.count - 1] {
            let path = directory + "/cut-\(cut).pcap"
            try CaptureFixtures.writeRaw(Array(bytes.prefix(cut)), to: path)
            #expect(readingError(path) == .truncatedCapture, "cut at \(cut)")
        }
    }

    @Test("a link type other than Ethernet is unsupportedLinkType, in pcap and in pcapng")
    func wrongLinkType() throws {
        try withCapture { directory, path in
            let classicPath = directory + "/raw-ip.pcap"
            try CaptureFixtures.writeRaw(Self.classicPcap(linkType: 101, packets: []), to: classicPath)
            #expect(readingError(classicPath) == .unsupportedLinkType)

            var bytes = try CaptureFixtures.readRaw(path)
            let interface = PcapngBlocks(bytes).blocks[1]
            bytes[interface.offset + 8] = 105
            let wifiPath = directory + "/wifi.pcapng"
            try CaptureFixtures.writeRaw(bytes, to: wifiPath)
            #expect(readingError(wifiPath) == .unsupportedLinkType)
        }
    }

    /// Ways to damage the block structure of the fixture, each with the error it must give.
    static let damages:
        [(name: String, code: CaptureError.Code, damage: @Sendable (inout [UInt8], PcapngBlocks) -> Void)] = [
            (
                "length not a multiple of four", .malformedCapture,
                { bytes, blocks in bytes[blocks.blocks[1].offset + 4] += 1 }
            ),
            (
                "length under twelve", .malformedCapture,
                { bytes, blocks in
                    bytes.replaceSubrange(
                        blocks.blocks[1].offset + 4..<blocks.blocks[1].offset + 8, with: [8, 0, 0, 0])
                }
            ),
            (
                "trailing length differs", .malformedCapture,
                { bytes, blocks in
                    let block = blocks.blocks[3]
                    bytes[block.offset + block.length - 4] ^= 0x04
                }
            ),
            (
                "length beyond the file", .truncatedCapture,
                { bytes, blocks in
                    bytes.replaceSubrange(
                        blocks.blocks[3].offset + 4..<blocks.blocks[3].offset + 8, with: [0xF0, 0xFF, 0xFF, 0x7F])
                }
            ),
            ("bad byte-order magic", .malformedCapture, { bytes, _ in bytes[8] = 0x00 }),
            ("unsupported major version", .malformedCapture, { bytes, _ in bytes[12] = 2 }),
            (
                "packet of an undeclared interface", .malformedCapture,
                { bytes, blocks in
                    bytes[blocks.blocks[3].offset + 8] = 3
                }
            ),
            (
                "captured length beyond its block", .malformedCapture,
                { bytes, blocks in
                    bytes[blocks.blocks[3].offset + 8 + 14] = 0x10
                }
            ),
            (
                "secrets longer than their block", .malformedCapture,
                { bytes, blocks in
                    bytes[blocks.blocks[2].offset + 8 + 5] = 0x40
                }
            ),
            (
                "key log that is not UTF-8", .malformedCapture,
                { bytes, blocks in
                    bytes[blocks.blocks[2].offset + 8 + 8] = 0xFF
                }
            ),
            ("option longer than its block", .malformedCapture, { bytes, _ in bytes[24 + 3] = 0xF0 }),
            (
                "garbage appended after the last block", .malformedCapture,
                { bytes, _ in
                    bytes += [0xDE, 0xAD, 0xBE, 0xEF, 0x0D, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04]
                }
            ),
            ("garbage shorter than a block header", .truncatedCapture, { bytes, _ in bytes += [0x06, 0x00, 0x00] }),
        ]

    @Test("each kind of damaged block gives its own error", arguments: 0..<damages.count)
    func damagedBlocks(index: Int) throws {
        let damage = Self.damages[index]
        try withCapture { directory, path in
            var bytes = try CaptureFixtures.readRaw(path)
            damage.damage(&bytes, PcapngBlocks(bytes))
            let damagedPath = directory + "/damaged.pcapng"
            try CaptureFixtures.writeRaw(bytes, to: damagedPath)
            #expect(readingError(damagedPath) == damage.code, "\(damage.name)")
        }
    }

    @Test("random damage to a capture gives an error or a capture, never a crash")
    func randomDamageNeverCrashes() throws {
        try withCapture { directory, path in
            let original = try CaptureFixtures.readRaw(path)
            var generator = SplitMix(seed: 0x5EED)
            let damagedPath = directory + "/random.pcapng"
            var failures = 0
            for _ in 0..<300 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                        in: 0...255, using: &generator)
                }
                try CaptureFixtures.writeRaw(bytes, to: damagedPath)
                if readingError(damagedPath) != nil {
                    failures += 1
                }
            }
            #expect(failures > 0)
        }
    }
}

/// A small deterministic random number generator, so damage tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
