import Capture
import Foundation
import Testing
import Wire

@Suite("PcapngWriter")
struct PcapngWriterTests {
    private let writer = PcapngWriter(application: "mtls-harness 0.1.0", comment: "client.expired-cert.tls13: rejected")

    private func packets(_ transcript: Transcript = CaptureFixtures.closedByFIN()) throws -> [CapturedPacket] {
        try TCPFramer(captureIndex: 0).frames(for: transcript)
    }

    @Test("blocks come as section header, interface, secrets, then one enhanced packet block per frame")
    func blockOrder() throws {
        let packets = try packets()
        let file = writer.encode(packets, keyLog: CaptureFixtures.keyLog)
        let blocks = PcapngBlocks(file).blocks
        #expect(blocks.map(\.type).prefix(3) == [0x0A0D_0D0A, 1, 0x0A])
        #expect(blocks.dropFirst(3).allSatisfy { $0.type == 6 })
        #expect(blocks.count == 3 + packets.count)
        #expect(blocks.map(\.length).reduce(0, +) == file.count)
        for block in blocks {
            #expect(block.length % 4 == 0)
            #expect(PcapngBlocks.uint32(file, block.offset + block.length - 4) == UInt32(block.length))
        }
    }

    @Test("the section header carries magic, version 1.0, unknown length, application and comment")
    func sectionHeader() throws {
        let header = PcapngBlocks(writer.encode([], keyLog: [])).blocks[0].body
        #expect(PcapngBlocks.uint32(header, 0) == 0x1A2B_3C4D)
        #expect(PcapngBlocks.uint16(header, 4) == 1 && PcapngBlocks.uint16(header, 6) == 0)
        #expect(header[8..<16].allSatisfy { $0 == 0xFF })
        let options = PcapngBlocks.options(header, from: 16)
        #expect(
            options.first { $0.code == 4 }.map { String(decoding: $0.value, as: UTF8.self) } == "mtls-harness 0.1.0")
        #expect(options.first { $0.code == 1 }.map { String(decoding: $0.value, as: UTF8.self) } == writer.comment)
    }

    @Test("the interface is Ethernet with nanosecond timestamps")
    func interfaceDescription() throws {
        let interface = PcapngBlocks(writer.encode([], keyLog: [])).blocks[1].body
        #expect(PcapngBlocks.uint16(interface, 0) == 1)
        #expect(PcapngBlocks.uint32(interface, 4) == PcapngWriter.defaultSnapshotLength)
        let resolution = PcapngBlocks.options(interface, from: 8).first { $0.code == 9 }
        #expect(resolution?.value == [9])
    }

    @Test("the secrets block holds the key log as TLSK text, one line each, padded to 32 bits")
    func decryptionSecrets() throws {
        let secrets = PcapngBlocks(writer.encode([], keyLog: CaptureFixtures.keyLog)).blocks[2]
        let text = CaptureFixtures.keyLog.joined(separator: "\n") + "\n"
        #expect(PcapngBlocks.uint32(secrets.body, 0) == 0x544C_534B)
        #expect(Int(PcapngBlocks.uint32(secrets.body, 4)) == text.utf8.count)
        #expect(String(decoding: secrets.body[8..<8 + text.utf8.count], as: UTF8.self) == text)
        #expect(secrets.body.count == 8 + (text.utf8.count + 3) / 4 * 4)
    }

    @Test("no key log means no secrets block")
    func noSecretsBlockWithoutKeyLog() throws {
        let blocks = PcapngBlocks(writer.encode(try packets(), keyLog: [])).blocks
        #expect(!blocks.contains { $0.type == 0x0A })
    }

    @Test("enhanced packet blocks keep nanosecond timestamps, lengths and bytes")
    func enhancedPackets() throws {
        let packets = try packets()
        let blocks = PcapngBlocks(writer.encode(packets, keyLog: [])).blocks.filter { $0.type == 6 }
        for (block, packet) in zip(blocks, packets) {
            let timestamp =
                UInt64(PcapngBlocks.uint32(block.body, 4)) << 32 | UInt64(PcapngBlocks.uint32(block.body, 8))
            #expect(timestamp == packet.timestamp)
            #expect(Int(PcapngBlocks.uint32(block.body, 12)) == packet.bytes.count)
            #expect(Int(PcapngBlocks.uint32(block.body, 16)) == packet.bytes.count)
            #expect(Array(block.body[20..<20 + packet.bytes.count]) == packet.bytes)
        }
    }

    @Test("frames longer than the snapshot length are cut and keep their original length")
    func snapshotLengthCutsFrames() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let path = directory + "/snap.pcapng"
        let packets = try packets()
        try PcapngWriter(application: "test", snapshotLength: 100).write(packets, keyLog: [], to: path)
        let capture = try CaptureFile(contentsOf: path)
        #expect(capture.packets.map(\.bytes.count) == packets.map { min($0.bytes.count, 100) })
        #expect(capture.packets.map(\.originalLength) == packets.map(\.bytes.count))
    }

    @Test("a comment too long for an option is cut at a character boundary")
    func longCommentIsCut() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let path = directory + "/long.pcapng"
        let comment = String(repeating: "é", count: 40_000)
        try PcapngWriter(application: "test", comment: comment).write([], keyLog: [], to: path)
        let read = try #require(try CaptureFile(contentsOf: path).comment)
        #expect(read.utf8.count == 65_534)
        #expect(read == String(repeating: "é", count: 32_767))
    }

    @Test("writing replaces the file, never appends, and leaves no temporary file")
    func writeReplacesAtomically() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let path = directory + "/replace.pcapng"
        let packets = try packets()
        try writer.write(packets, keyLog: CaptureFixtures.keyLog, to: path)
        try writer.write(Array(packets.prefix(3)), keyLog: [], to: path)
        #expect(try CaptureFixtures.readRaw(path) == writer.encode(Array(packets.prefix(3)), keyLog: []))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["replace.pcapng"])
    }

    @Test("writing into a missing directory fails and creates nothing")
    func writeIntoMissingDirectoryFails() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        #expect(throws: CaptureError(.writeFailed, "")) {
            try writer.write([], keyLog: [], to: directory + "/absent/x.pcapng")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
