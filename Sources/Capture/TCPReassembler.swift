import Wire

/// Rebuilds a ``Wire/Transcript`` from the Ethernet frames of one TCP connection.
///
/// The first SYN without ACK opens the connection and names the client; the SYN-ACK gives the server's initial
/// sequence number. Each direction is reassembled in sequence order, tolerating repeats and reordering, and the
/// writes come out in capture order with the time of the packet that delivered their first byte. A write ends at
/// a segment carrying PSH, as the ``TCPFramer`` marks the last segment of every write, or where the other side
/// starts sending. A FIN or RST becomes a close; packets after a RST are ignored.
///
/// Frames that are not IPv4 or not TCP are skipped. Everything else is checked: headers are bounds-checked, and
/// checksums are verified unless switched off.
public struct TCPReassembler: Sendable {
    /// Whether a wrong IPv4 header checksum or TCP checksum is an error.
    public var verifiesChecksums: Bool

    /// Creates a reassembler.
    ///
    /// - Parameter verifiesChecksums: Whether a wrong IPv4 header checksum or TCP checksum is an error.
    public init(verifiesChecksums: Bool = true) {
        self.verifiesChecksums = verifiesChecksums
    }

    /// Reassembles the connection that `packets` carry.
    ///
    /// - Parameters:
    ///   - packets: Ethernet frames in capture order.
    ///   - keyLog: The key log lines to place in the transcript, such as ``CaptureFile/keyLog``.
    /// - Throws: ``CaptureError/Code/malformedPacket``, ``CaptureError/Code/badChecksum``,
    ///   ``CaptureError/Code/noConnection``, ``CaptureError/Code/multipleConnections``,
    ///   ``CaptureError/Code/streamGap`` or ``CaptureError/Code/inconsistentRetransmission``, each naming the
    ///   one-based number of the packet at fault where there is one.
    public func reassemble(_ packets: [CapturedPacket], keyLog: [String] = []) throws(CaptureError)
        -> ReassembledConnection
    {
        var opening: (syn: TCPFrame, timestamp: UInt64)?
        var streams: [Direction: TCPStreamAssembler] = [:]
        var closes: [(packetIndex: Int, close: Transcript.Close)] = []

        for (index, packet) in packets.enumerated() {
            let number = index + 1
            guard let frame = try frame(of: packet, number: number) else {
                continue
            }

            // The first SYN opens the connection; everything after must belong to it.
            guard let (syn, _) = opening else {
                guard frame.flags.contains(.syn), !frame.flags.contains(.ack) else {
                    throw CaptureError(.noConnection, "packet \(number): TCP before any SYN; the opening is missing")
                }
                opening = (frame, packet.timestamp)
                streams[.clientToServer] = TCPStreamAssembler(
                    direction: .clientToServer,
                    initialSequence: frame.sequenceNumber
                )
                continue
            }
            let direction = try direction(of: frame, opening: syn, number: number)
            if frame.flags.contains(.syn) {
                try handleSYN(frame, direction: direction, opening: syn, streams: &streams, number: number)
                continue
            }
            // A RST ends the connection, even one the server refused without a SYN-ACK.
            if frame.flags.contains(.rst) {
                closes.append(
                    (index, Transcript.Close(direction: direction, kind: .reset, timestamp: packet.timestamp)))
                break
            }
            guard streams[direction] != nil else {
                throw CaptureError(.malformedPacket, "packet \(number): the server sends before its SYN-ACK")
            }
            // The stream is changed in place in the dictionary: a copy would duplicate its bytes per packet.
            if !frame.payload.isEmpty {
                let delivered = try streams[direction]!.receive(
                    frame.payload,
                    sequence: frame.sequenceNumber,
                    push: frame.flags.contains(.psh),
                    packetIndex: index,
                    timestamp: packet.timestamp
                )
                if delivered {
                    streams[direction.reversed]?.endWrite()
                }
            }
            if frame.flags.contains(.fin) {
                if streams[direction]!.finOffset == nil {
                    closes.append(
                        (index, Transcript.Close(direction: direction, kind: .fin, timestamp: packet.timestamp)))
                }
                try streams[direction]!.receiveFIN(
                    sequence: frame.sequenceNumber,
                    payloadCount: frame.payload.count,
                    packetNumber: number
                )
            }
        }

        guard let (syn, openedAt) = opening else {
            throw CaptureError(.noConnection, "no TCP SYN among \(packets.count) packets")
        }
        let transcript = Transcript(
            openedAt: openedAt,
            writes: try Self.merge(streams.values.map { stream throws(CaptureError) in try stream.writes() }),
            closes: closes.map(\.close),
            keyLog: keyLog
        )
        return ReassembledConnection(client: syn.source, server: syn.destination, transcript: transcript)
    }

    /// The TCP frame in `packet`, after checks; `nil` for a frame that is not IPv4 or not TCP.
    private func frame(of packet: CapturedPacket, number: Int) throws(CaptureError) -> TCPFrame? {
        guard packet.bytes.count >= packet.originalLength else {
            throw CaptureError(
                .malformedPacket,
                "packet \(number): only \(packet.bytes.count) of \(packet.originalLength) bytes were captured"
            )
        }
        guard let parsed = try TCPFrame.parse(packet.bytes, packetNumber: number) else {
            return nil
        }
        if verifiesChecksums, !parsed.ipv4ChecksumIsValid {
            throw CaptureError(.badChecksum, "packet \(number): IPv4 header checksum is wrong")
        }
        if verifiesChecksums, !parsed.tcpChecksumIsValid {
            throw CaptureError(.badChecksum, "packet \(number): TCP checksum is wrong")
        }
        return parsed.frame
    }

    /// Which side sent `frame`, by its addresses and ports.
    private func direction(of frame: TCPFrame, opening syn: TCPFrame, number: Int) throws(CaptureError) -> Direction {
        func same(_ lhs: TCPEndpoint, _ rhs: TCPEndpoint) -> Bool {
            lhs.ipAddress == rhs.ipAddress && lhs.port == rhs.port
        }
        if same(frame.source, syn.source), same(frame.destination, syn.destination) {
            return .clientToServer
        }
        if same(frame.source, syn.destination), same(frame.destination, syn.source) {
            return .serverToClient
        }
        throw CaptureError(
            .multipleConnections,
            "packet \(number): \(frame.source) -> \(frame.destination) is not the connection "
                + "\(syn.source) -> \(syn.destination)"
        )
    }

    /// Takes a repeated SYN from the client or the SYN-ACK from the server.
    private func handleSYN(
        _ frame: TCPFrame,
        direction: Direction,
        opening syn: TCPFrame,
        streams: inout [Direction: TCPStreamAssembler],
        number: Int
    ) throws(CaptureError) {
        switch direction {
        case .clientToServer:
            guard frame.sequenceNumber == syn.sequenceNumber else {
                throw CaptureError(.multipleConnections, "packet \(number): a second SYN opens another connection")
            }
        case .serverToClient:
            guard frame.flags.contains(.ack) else {
                throw CaptureError(.malformedPacket, "packet \(number): the server answers the SYN without ACK")
            }
            if let stream = streams[.serverToClient], stream.firstSequence != frame.sequenceNumber &+ 1 {
                throw CaptureError(.malformedPacket, "packet \(number): a SYN-ACK with another sequence number")
            }
            if streams[.serverToClient] == nil {
                streams[.serverToClient] = TCPStreamAssembler(
                    direction: .serverToClient,
                    initialSequence: frame.sequenceNumber
                )
            }
        }
    }

    /// The writes of both directions in capture order, each direction keeping its own order.
    private static func merge(
        _ directions: [[(packetIndex: Int, write: Transcript.Write)]]
    ) -> [Transcript.Write] {
        var queues = directions.map { $0[...] }
        var merged: [Transcript.Write] = []
        while let next = queues.indices.filter({ !queues[$0].isEmpty })
            .min(by: { queues[$0].first!.packetIndex < queues[$1].first!.packetIndex })
        {
            merged.append(queues[next].removeFirst().write)
        }
        return merged
    }
}
