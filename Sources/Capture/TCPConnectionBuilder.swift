import Wire

/// The sequence-number bookkeeping of one framed TCP connection: it turns sends, acknowledgements and closes into
/// frames whose sequence and acknowledgement numbers agree with each other.
///
/// A direction names the sending side: `.clientToServer` is the client sending. Everything a side sends counts as
/// received by the peer at once, so every frame acknowledges all that the peer has sent.
struct TCPConnectionBuilder {
    /// The per-side state.
    private struct Side {
        var endpoint: TCPEndpoint
        var nextSequence: UInt32
        var identification: UInt16
        var hasSentFIN = false
    }

    /// The window scale shift both sides advertise, so the fixed window field stands for 8 MiB.
    static let windowScaleShift: UInt8 = 7

    private var sides: [Direction: Side]
    /// The frames built so far.
    private(set) var packets: [CapturedPacket] = []
    /// The timestamp of the last frame, which later frames never precede.
    private(set) var lastTimestamp: UInt64 = 0

    /// Starts a connection whose sides will use the given initial sequence numbers.
    init(client: TCPEndpoint, server: TCPEndpoint, clientInitialSequence: UInt32, serverInitialSequence: UInt32) {
        sides = [
            .clientToServer: Side(endpoint: client, nextSequence: clientInitialSequence, identification: 1),
            .serverToClient: Side(endpoint: server, nextSequence: serverInitialSequence, identification: 1),
        ]
    }

    /// Whether the side sending in `direction` has sent its FIN.
    func hasSentFIN(_ direction: Direction) -> Bool {
        sides[direction]!.hasSentFIN
    }

    /// Emits SYN, SYN-ACK and ACK one microsecond apart, from `start`.
    mutating func handshake(startingAt start: UInt64, mss: UInt16) {
        var options: [UInt8] = [2, 4]
        options.appendBigEndian(mss)
        options += [1, 3, 3, Self.windowScaleShift]
        emit(from: .clientToServer, flags: .syn, options: options, at: start)
        emit(from: .serverToClient, flags: [.syn, .ack], options: options, at: start + 1_000)
        emit(from: .clientToServer, flags: .ack, at: start + 2_000)
    }

    /// Emits `bytes` from the side sending in `direction` as segments of at most `segmentSize` bytes, with PSH on
    /// the last one.
    mutating func send(_ bytes: [UInt8], from direction: Direction, at timestamp: UInt64, segmentSize: Int) {
        var start = 0
        while start < bytes.count {
            let end = min(start + segmentSize, bytes.count)
            let flags: TCPFlags = end == bytes.count ? [.ack, .psh] : .ack
            emit(from: direction, flags: flags, payload: Array(bytes[start..<end]), at: timestamp)
            start = end
        }
    }

    /// Emits a pure ACK from the side sending in `direction`.
    mutating func acknowledge(from direction: Direction, at timestamp: UInt64) {
        emit(from: direction, flags: .ack, at: timestamp)
    }

    /// Emits a FIN from the side sending in `direction`.
    mutating func finish(from direction: Direction, at timestamp: UInt64) {
        emit(from: direction, flags: [.fin, .ack], at: timestamp)
        sides[direction]!.hasSentFIN = true
    }

    /// Emits a RST from the side sending in `direction`.
    mutating func reset(from direction: Direction, at timestamp: UInt64) {
        emit(from: direction, flags: [.rst, .ack], at: timestamp)
    }

    /// Builds one frame, advances the sender's sequence number past what it carries, and records it.
    private mutating func emit(
        from direction: Direction,
        flags: TCPFlags,
        options: [UInt8] = [],
        payload: [UInt8] = [],
        at timestamp: UInt64
    ) {
        let sender = sides[direction]!
        let receiver = sides[direction.reversed]!
        let frame = TCPFrame(
            source: sender.endpoint,
            destination: receiver.endpoint,
            identification: sender.identification,
            sequenceNumber: sender.nextSequence,
            acknowledgementNumber: receiver.nextSequence,
            flags: flags,
            options: options,
            payload: payload
        )
        let consumed = payload.count + (flags.contains(.syn) ? 1 : 0) + (flags.contains(.fin) ? 1 : 0)
        sides[direction]!.nextSequence &+= UInt32(consumed)
        sides[direction]!.identification &+= 1
        lastTimestamp = max(lastTimestamp, timestamp)
        packets.append(CapturedPacket(timestamp: lastTimestamp, bytes: frame.encoded()))
    }
}
