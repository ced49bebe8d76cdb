import Capture
import Testing
import Wire

@Suite("TCPFramer")
struct TCPFramerTests {
    private func frames(_ transcript: Transcript, index: Int = 3) throws -> [FrameInspection] {
        try TCPFramer(captureIndex: index).frames(for: transcript).map { FrameInspection($0.bytes) }
    }

    @Test("opens with SYN, SYN-ACK, ACK whose numbers agree")
    func threeWayHandshake() throws {
        let frames = try frames(CaptureFixtures.closedByFIN())
        let (syn, synAck, ack) = (frames[0], frames[1], frames[2])
        #expect(syn.flags == 0x02)
        #expect(synAck.flags == 0x12)
        #expect(ack.flags == 0x10)
        #expect(synAck.acknowledgement == syn.sequence &+ 1)
        #expect(ack.sequence == syn.sequence &+ 1)
        #expect(ack.acknowledgement == synAck.sequence &+ 1)
        #expect(syn.destinationPort == 443)
        #expect(syn.payload.isEmpty && synAck.payload.isEmpty && ack.payload.isEmpty)
    }

    @Test("every frame has a valid IPv4 header checksum and TCP checksum")
    func checksumsAreValid() throws {
        for transcript in [CaptureFixtures.closedByFIN(), CaptureFixtures.closedByReset()] {
            for frame in try frames(transcript) {
                #expect(frame.etherType == 0x0800)
                #expect(frame.ipChecksumIsValid)
                #expect(frame.tcpChecksumIsValid)
            }
        }
    }

    @Test("segments carry at most 1460 bytes, PSH on the last of each write, and rebuild each write")
    func segmentsRespectMSS() throws {
        let transcript = CaptureFixtures.closedByFIN()
        let frames = try frames(transcript)
        var rebuilt: [Direction: [[UInt8]]] = [:]
        var current: [Direction: [UInt8]] = [:]
        for frame in frames where !frame.payload.isEmpty {
            #expect(frame.payload.count <= 1460)
            let direction: Direction = frame.destinationPort == 443 ? .clientToServer : .serverToClient
            current[direction, default: []] += frame.payload
            if frame.isPSH {
                rebuilt[direction, default: []].append(current[direction]!)
                current[direction] = []
            }
        }
        for direction in Direction.allCases {
            let expected = transcript.writes.filter { $0.direction == direction }.map(\.bytes)
            #expect(rebuilt[direction] == expected)
        }
        #expect(frames.filter { $0.payload.count == 1460 }.count >= 4)
    }

    @Test("sequence numbers advance by the bytes sent and every ACK acknowledges all the peer sent")
    func sequenceAndAcknowledgementNumbers() throws {
        let frames = try frames(CaptureFixtures.closedByFIN())
        let clientPort = frames[0].sourcePort
        var next: [Bool: UInt32] = [true: frames[0].sequence, false: frames[1].sequence]
        for frame in frames {
            let fromClient = frame.sourcePort == clientPort
            #expect(frame.sequence == next[fromClient]!)
            let consumed = frame.payload.count + (frame.isSYN ? 1 : 0) + (frame.isFIN ? 1 : 0)
            next[fromClient]! &+= UInt32(consumed)
            if frame.isACK {
                #expect(frame.acknowledgement == next[!fromClient]!)
            }
        }
    }

    @Test("a FIN by each side is acknowledged by the other")
    func finExchange() throws {
        let frames = try frames(CaptureFixtures.closedByFIN())
        let tail = Array(frames.suffix(4))
        #expect(tail.map(\.flags) == [0x11, 0x10, 0x11, 0x10])
        #expect(tail[0].destinationPort == 443)
        #expect(tail[2].sourcePort == 443)
    }

    @Test("an unanswered FIN is answered by the peer's FIN and a final ACK")
    func unansweredFINIsAnswered() throws {
        let frames = try frames(CaptureFixtures.closedByClientOnly())
        let tail = Array(frames.suffix(4))
        #expect(tail.map(\.flags) == [0x11, 0x10, 0x11, 0x10])
        #expect(tail[2].sourcePort == 443)
    }

    @Test("a RST is the last frame")
    func resetEndsTheCapture() throws {
        var transcript = CaptureFixtures.closedByReset()
        let late = transcript.closes[0].timestamp + 10
        transcript.writes.append(Transcript.Write(direction: .clientToServer, timestamp: late, bytes: [1, 2, 3]))
        transcript.closes.append(Transcript.Close(direction: .clientToServer, kind: .fin, timestamp: late + 1))
        let frames = try frames(transcript)
        #expect(frames.last!.isRST)
        #expect(frames.filter(\.isRST).count == 1)
        #expect(frames.allSatisfy { !$0.isFIN })
    }

    @Test("timestamps never decrease and the SYN precedes the first write")
    func timestampsAreMonotonic() throws {
        var transcript = CaptureFixtures.closedByFIN()
        transcript.writes[2].timestamp = transcript.writes[1].timestamp - 5_000
        let packets = try TCPFramer(captureIndex: 1).frames(for: transcript)
        #expect(zip(packets, packets.dropFirst()).allSatisfy { $0.timestamp <= $1.timestamp })
        #expect(packets[0].timestamp == transcript.openedAt)

        transcript.openedAt = transcript.writes[0].timestamp
        let late = try TCPFramer(captureIndex: 1).frames(for: transcript)
        #expect(late[0].timestamp < transcript.writes[0].timestamp)
        #expect(late[2].timestamp < transcript.writes[0].timestamp)
    }

    @Test("addresses are documentation addresses, MACs locally administered, ports distinct per capture")
    func addresses() throws {
        let first = TCPEndpoint.documentationClient(captureIndex: 0)
        let second = TCPEndpoint.documentationClient(captureIndex: 1)
        let server = TCPEndpoint.documentationServer
        #expect(first.port == 49152)
        #expect(second.port == 49153)
        #expect(TCPEndpoint.documentationClient(captureIndex: 16_384).port == 49152)
        #expect(TCPEndpoint.documentationClient(captureIndex: -1).port == 65535)
        #expect(first.ipAddress.isDocumentationAddress && server.ipAddress.isDocumentationAddress)
        #expect(first.ipAddress.description == "192.0.2.10")
        #expect(server.ipAddress.description == "198.51.100.10")
        #expect(!IPv4Address(10, 0, 0, 1).isDocumentationAddress)
        for mac in [first.macAddress, server.macAddress] {
            #expect(mac.isLocallyAdministered && mac.isUnicast)
        }
        #expect(first.macAddress != server.macAddress)
        let frame = try frames(CaptureFixtures.closedByFIN(), index: 5)[0]
        #expect(frame.sourcePort == 49157)
        #expect(frame.sourceIP == [192, 0, 2, 10] && frame.destinationIP == [198, 51, 100, 10])
    }

    @Test("the same transcript and index give the same bytes")
    func framingIsDeterministic() throws {
        let transcript = CaptureFixtures.closedByFIN()
        let first = try TCPFramer(captureIndex: 2).frames(for: transcript)
        let second = try TCPFramer(captureIndex: 2).frames(for: transcript)
        #expect(first == second)
        #expect(first != (try TCPFramer(captureIndex: 3).frames(for: transcript)))
    }

    @Test("a write after the writer's own FIN is an invalid transcript")
    func writeAfterOwnFINIsRejected() throws {
        var transcript = CaptureFixtures.closedByFIN()
        let afterFIN = transcript.closes[0].timestamp + 1
        transcript.writes.append(Transcript.Write(direction: .clientToServer, timestamp: afterFIN, bytes: [0x15]))
        #expect(throws: CaptureError(.invalidTranscript, "")) {
            try TCPFramer(captureIndex: 0).frames(for: transcript)
        }
    }

    @Test("the peer may keep writing after a FIN, and its data is acknowledged")
    func halfCloseAllowsPeerWrites() throws {
        var transcript = CaptureFixtures.closedByClientOnly()
        let afterFIN = transcript.closes[0].timestamp + 1
        transcript.writes.append(Transcript.Write(direction: .serverToClient, timestamp: afterFIN, bytes: [7, 7, 7]))
        let frames = try frames(transcript)
        let data = try #require(frames.lastIndex(where: { $0.payload == [7, 7, 7] }))
        #expect(frames[data + 1].isACK && frames[data + 1].destinationPort == 443)
        #expect(frames.filter(\.isFIN).count == 2)
    }
}
