public import Wire

/// Turns a ``Wire/Transcript`` into the Ethernet/IPv4/TCP frames a network tap would have seen.
///
/// The frames form one complete-looking TCP connection, so dissectors such as Wireshark follow it without hints:
///
/// - a three-way handshake (SYN, SYN-ACK, ACK) advertising the maximum segment size and a window scale, a few
///   microseconds before the first write (or at ``Wire/Transcript/openedAt`` when that is earlier);
/// - each write as segments of at most ``maximumSegmentSize`` bytes, PSH on the last, every one acknowledging all
///   that the peer has sent; the receiver answers with a pure ACK unless its own next write carries that ACK;
/// - each close as recorded: a FIN is acknowledged by the peer, and if the peer never closes the framer answers
///   with the peer's FIN and a final ACK, as a normal close would; a RST ends the capture, and events recorded
///   after it are dropped.
///
/// Timestamps are taken from the transcript and made non-decreasing. Sequence numbers start at values derived
/// from the client port, so the same transcript and endpoints always give the same bytes.
public struct TCPFramer: Sendable {
    /// The largest payload an Ethernet frame with plain IPv4 and TCP headers can carry.
    public static let ethernetMaximumSegmentSize = 1460

    /// The end that sends the SYN.
    public var client: TCPEndpoint
    /// The end that answers with SYN-ACK.
    public var server: TCPEndpoint
    /// The largest payload of one segment, between 1 and ``ethernetMaximumSegmentSize``.
    public var maximumSegmentSize: Int

    /// Creates a framer for a connection between two given endpoints.
    ///
    /// - Parameters:
    ///   - client: The end that sends the SYN.
    ///   - server: The end that answers.
    ///   - maximumSegmentSize: The largest payload per segment; values outside 1...1460 are clamped into it.
    public init(client: TCPEndpoint, server: TCPEndpoint, maximumSegmentSize: Int = ethernetMaximumSegmentSize) {
        self.client = client
        self.server = server
        self.maximumSegmentSize = min(max(maximumSegmentSize, 1), Self.ethernetMaximumSegmentSize)
    }

    /// Creates a framer on documentation addresses: the client
    /// ``TCPEndpoint/documentationClient(captureIndex:)`` and the server ``TCPEndpoint/documentationServer``.
    ///
    /// - Parameter captureIndex: The number of the capture within its run; distinct numbers give distinct client
    ///   ports, so captures merged into one file stay separate TCP streams.
    public init(captureIndex: Int) {
        self.init(client: .documentationClient(captureIndex: captureIndex), server: .documentationServer)
    }

    /// The frames of `transcript`, in the order and at the times a tap would have seen them.
    ///
    /// Empty writes produce no segment.
    ///
    /// - Throws: ``CaptureError/Code/invalidTranscript`` when an endpoint writes after it sent FIN.
    public func frames(for transcript: Transcript) throws(CaptureError) -> [CapturedPacket] {
        let events = Self.events(of: transcript)
        var connection = TCPConnectionBuilder(
            client: client,
            server: server,
            clientInitialSequence: Self.initialSequenceNumber(port: client.port, salt: 0x6D74_6C73),
            serverInitialSequence: Self.initialSequenceNumber(port: client.port, salt: 0x6861_726E)
        )

        // The handshake ends two microseconds before the first event, or starts at the opening time if earlier.
        let firstTimestamp = events.first?.timestamp ?? transcript.openedAt
        let latestStart = firstTimestamp >= 3_000 ? firstTimestamp - 3_000 : 0
        connection.handshake(startingAt: min(transcript.openedAt, latestStart), mss: UInt16(maximumSegmentSize))

        for (index, event) in events.enumerated() {
            switch event {
            case .write(let write):
                guard !write.bytes.isEmpty else {
                    continue
                }
                guard !connection.hasSentFIN(write.direction) else {
                    throw CaptureError(
                        .invalidTranscript,
                        "\(write.bytes.count)-byte write by the \(write.direction.writerName) at \(write.timestamp) ns "
                            + "follows its own FIN"
                    )
                }
                connection.send(
                    write.bytes, from: write.direction, at: write.timestamp, segmentSize: maximumSegmentSize)
                let receiver = write.direction.reversed
                if !Self.event(after: index, in: events, isWriteBy: receiver) {
                    connection.acknowledge(from: receiver, at: write.timestamp)
                }
            case .close(let close) where close.kind == .reset:
                connection.reset(from: close.direction, at: close.timestamp)
                return connection.packets
            case .close(let close):
                guard !connection.hasSentFIN(close.direction) else {
                    continue
                }
                connection.finish(from: close.direction, at: close.timestamp)
                connection.acknowledge(from: close.direction.reversed, at: close.timestamp)
            }
        }

        // A FIN that the transcript left unanswered is answered the way a peer's stack would.
        for closer in Direction.allCases where connection.hasSentFIN(closer) && !connection.hasSentFIN(closer.reversed)
        {
            connection.finish(from: closer.reversed, at: connection.lastTimestamp)
            connection.acknowledge(from: closer, at: connection.lastTimestamp)
        }
        return connection.packets
    }

    /// A write or a close, merged from the transcript's two lists.
    enum Event {
        case write(Transcript.Write)
        case close(Transcript.Close)

        var timestamp: UInt64 {
            switch self {
            case .write(let write): write.timestamp
            case .close(let close): close.timestamp
            }
        }
    }

    /// The transcript's writes and closes in one list: each list keeps its order, and a close goes after every
    /// write that is not later than it.
    static func events(of transcript: Transcript) -> [Event] {
        var events: [Event] = []
        events.reserveCapacity(transcript.writes.count + transcript.closes.count)
        var closes = transcript.closes[...]
        for write in transcript.writes {
            while let close = closes.first, close.timestamp < write.timestamp {
                events.append(.close(close))
                closes = closes.dropFirst()
            }
            events.append(.write(write))
        }
        events += closes.map(Event.close)
        return events
    }

    /// Whether the event after `index` is a non-empty write by `direction`, which will carry the acknowledgement.
    private static func event(after index: Int, in events: [Event], isWriteBy direction: Direction) -> Bool {
        guard index + 1 < events.count, case .write(let next) = events[index + 1] else {
            return false
        }
        return next.direction == direction && !next.bytes.isEmpty
    }

    /// A well-mixed, deterministic initial sequence number for one side of the connection.
    private static func initialSequenceNumber(port: UInt16, salt: UInt64) -> UInt32 {
        var value = UInt64(port) &* 0x9E37_79B9_7F4A_7C15 ^ salt
        value = (value ^ (value >> 31)) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 27
        return UInt32(truncatingIfNeeded: value)
    }
}
