import Capture
import Testing
import Wire

@Suite("TCPReassembler")
struct TCPReassemblerTests {
    private let reassembler = TCPReassembler()

    private func packets(_ transcript: Transcript, index: Int = 4) throws -> [CapturedPacket] {
        try TCPFramer(captureIndex: index).frames(for: transcript)
    }

    /// The indices of frames that carry payload.
    private func dataIndices(_ packets: [CapturedPacket]) -> [Int] {
        packets.indices.filter { !FrameInspection(packets[$0].bytes).payload.isEmpty }
    }

    @Test("a connection closed by FIN round-trips to the same transcript", arguments: [0, 1, 16_000])
    func roundTripWithFIN(index: Int) throws {
        let transcript = CaptureFixtures.closedByFIN()
        let connection = try reassembler.reassemble(try packets(transcript, index: index), keyLog: transcript.keyLog)
        #expect(connection.transcript == transcript)
        #expect(connection.client == TCPEndpoint.documentationClient(captureIndex: index))
        #expect(connection.server == TCPEndpoint.documentationServer)
    }

    @Test("a connection reset by the server round-trips to the same transcript")
    func roundTripWithReset() throws {
        let transcript = CaptureFixtures.closedByReset()
        let connection = try reassembler.reassemble(try packets(transcript), keyLog: transcript.keyLog)
        #expect(connection.transcript == transcript)
    }

    @Test("a connection only the client closed comes back with the server's answering FIN")
    func unansweredFINComesBackAnswered() throws {
        let transcript = CaptureFixtures.closedByClientOnly()
        let connection = try reassembler.reassemble(try packets(transcript))
        #expect(connection.transcript.writes == transcript.writes)
        #expect(connection.transcript.closes.map(\.direction) == [.clientToServer, .serverToClient])
        #expect(connection.transcript.closes.map(\.kind) == [.fin, .fin])
        #expect(connection.transcript.closes[1].timestamp == transcript.closes[0].timestamp)
    }

    @Test("a capture file round-trips through the writer, libpcap and the reassembler")
    func roundTripThroughFile() throws {
        let directory = try CaptureFixtures.makeDirectory()
        defer { CaptureFixtures.removeDirectory(directory) }
        let transcript = CaptureFixtures.closedByFIN()
        let path = try CaptureFixtures.writeCapture(transcript, in: directory)
        #expect(try CaptureFile(contentsOf: path).connection().transcript == transcript)
    }

    @Test("every data segment sent twice gives the same transcript")
    func retransmissionsAreIgnored() throws {
        let transcript = CaptureFixtures.closedByFIN()
        let original = try packets(transcript)
        let retransmitted = original.indices.flatMap { index in
            dataIndices(original).contains(index) ? [original[index], original[index]] : [original[index]]
        }
        #expect(try reassembler.reassemble(retransmitted, keyLog: transcript.keyLog).transcript == transcript)
    }

    @Test("segments of one write arriving out of order give the same transcript")
    func reorderedSegmentsAreReassembled() throws {
        let transcript = CaptureFixtures.closedByFIN()
        var packets = try packets(transcript)
        let data = dataIndices(packets)
        // The server's 4000-byte write spans three segments: deliver the third before the second.
        packets.swapAt(data[2], data[3])
        let connection = try reassembler.reassemble(packets, keyLog: transcript.keyLog)
        #expect(connection.transcript.stream(.serverToClient) == transcript.stream(.serverToClient))
        #expect(connection.transcript.writes.map(\.bytes) == transcript.writes.map(\.bytes))
    }

    @Test("a retransmission with other bytes is inconsistentRetransmission")
    func conflictingRetransmission() throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        let first = dataIndices(packets)[0]
        var copy = packets[first].bytes
        copy[copy.count - 1] ^= 0xFF
        copy[copy.count - 2] ^= 0xFF
        packets.insert(CapturedPacket(timestamp: packets[first].timestamp, bytes: copy), at: first + 1)
        #expect(throws: CaptureError(.inconsistentRetransmission, "")) {
            try TCPReassembler(verifiesChecksums: false).reassemble(packets)
        }
    }

    @Test("a missing data segment is streamGap")
    func missingSegment() throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        packets.remove(at: dataIndices(packets)[2])
        #expect(throws: CaptureError(.streamGap, "")) { try reassembler.reassemble(packets) }
    }

    @Test("a changed payload byte is badChecksum, and passes when checksums are not verified")
    func corruptedPayload() throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        let first = dataIndices(packets)[0]
        packets[first].bytes[packets[first].bytes.count - 1] ^= 0x01
        #expect(throws: CaptureError(.badChecksum, "")) { try reassembler.reassemble(packets) }
        let lenient = try TCPReassembler(verifiesChecksums: false).reassemble(packets)
        #expect(lenient.transcript.writes[0].bytes.last != CaptureFixtures.closedByFIN().writes[0].bytes.last)
    }

    @Test("a changed IPv4 header is badChecksum")
    func corruptedIPv4Header() throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        packets[5].bytes[22] -= 1
        #expect(throws: CaptureError(.badChecksum, "")) { try reassembler.reassemble(packets) }
    }

    @Test("frames cut short are malformedPacket", arguments: [10, 20, 40, 60])
    func cutFrames(length: Int) throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        packets[3] = CapturedPacket(timestamp: packets[3].timestamp, bytes: Array(packets[3].bytes.prefix(length)))
        #expect(throws: CaptureError(.malformedPacket, "")) { try reassembler.reassemble(packets) }
    }

    @Test("a frame captured only in part is malformedPacket")
    func snappedFrame() throws {
        var packets = try packets(CaptureFixtures.closedByFIN())
        packets[3].originalLength += 1
        #expect(throws: CaptureError(.malformedPacket, "")) { try reassembler.reassemble(packets) }
    }

    @Test("packets of a second connection are multipleConnections")
    func secondConnection() throws {
        let transcript = CaptureFixtures.closedByFIN()
        let packets = try packets(transcript, index: 1) + packets(transcript, index: 2)
        #expect(throws: CaptureError(.multipleConnections, "")) { try reassembler.reassemble(packets) }
    }

    @Test("a RST answering the SYN is a refused connection: no writes, one reset by the server")
    func refusedConnection() throws {
        let refusal = Transcript(
            openedAt: CaptureFixtures.openedAt,
            closes: [
                Transcript.Close(direction: .serverToClient, kind: .reset, timestamp: CaptureFixtures.openedAt + 9)
            ]
        )
        var packets = try packets(refusal)
        packets.removeSubrange(1...2)
        let transcript = try reassembler.reassemble(packets).transcript
        #expect(transcript.writes.isEmpty)
        #expect(transcript.closes.map(\.kind) == [.reset])
        #expect(transcript.closes.map(\.direction) == [.serverToClient])
    }

    @Test("a capture without the SYN is noConnection")
    func missingSYN() throws {
        let packets = Array(try packets(CaptureFixtures.closedByFIN()).dropFirst())
        #expect(throws: CaptureError(.noConnection, "")) { try reassembler.reassemble(packets) }
    }

    @Test("a capture without packets is noConnection")
    func noPackets() throws {
        #expect(throws: CaptureError(.noConnection, "")) { try reassembler.reassemble([]) }
    }

    @Test("frames that are not IPv4 or not TCP are skipped")
    func otherFramesAreSkipped() throws {
        let transcript = CaptureFixtures.closedByFIN()
        var packets = try packets(transcript)
        var arp = Array(packets[0].bytes.prefix(14)) + [UInt8](repeating: 0, count: 28)
        arp[12] = 0x08
        arp[13] = 0x06
        var udp = packets[2].bytes
        udp[14 + 9] = 17
        packets.insert(CapturedPacket(timestamp: packets[0].timestamp, bytes: arp), at: 0)
        packets.insert(CapturedPacket(timestamp: packets[3].timestamp, bytes: udp), at: 4)
        let connection = try TCPReassembler(verifiesChecksums: false).reassemble(packets, keyLog: transcript.keyLog)
        #expect(connection.transcript == transcript)
    }

    @Test("writes without PSH are split where the other side starts sending")
    func writesWithoutPushSplitAtTurns() throws {
        let transcript = CaptureFixtures.closedByFIN()
        let packets = try packets(transcript).map { packet in
            var bytes = packet.bytes
            let flags = 14 + 20 + 13
            if bytes[flags] & 0x08 != 0 {
                bytes[flags] &= ~0x08
                // Clearing the bit lowers the flags word by 8, so the ones' complement checksum rises by 8.
                let checksum = (UInt32(bytes[14 + 20 + 16]) << 8 | UInt32(bytes[14 + 20 + 17])) + 0x0008
                let folded = UInt16((checksum & 0xFFFF) + (checksum >> 16))
                bytes[14 + 20 + 16] = UInt8(folded >> 8)
                bytes[14 + 20 + 17] = UInt8(folded & 0xFF)
            }
            return CapturedPacket(timestamp: packet.timestamp, bytes: bytes)
        }
        let writes = try reassembler.reassemble(packets).transcript.writes
        // Consecutive writes by one side merge; the stream each way is unchanged.
        #expect(writes.map(\.direction) == [.clientToServer, .serverToClient, .clientToServer, .serverToClient])
        for direction in Direction.allCases {
            #expect(Transcript(openedAt: 0, writes: writes).stream(direction) == transcript.stream(direction))
        }
    }
}
