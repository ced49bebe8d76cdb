import Wire

/// Rebuilds the bytes one side of a TCP connection sent, and where its writes began and ended.
///
/// Segments may arrive in any order and may repeat: bytes already held are compared with the repeat and must
/// match, bytes beyond a hole wait until the hole is filled. A write ends at a segment carrying PSH, or where the
/// other side started sending, whichever comes first. Each write is dated by the packet that delivered its first
/// byte.
struct TCPStreamAssembler {
    /// Where a run of new bytes starting at `offset` came from.
    private struct Delivery {
        var offset: Int
        var packetIndex: Int
        var timestamp: UInt64
    }

    /// A segment that arrived before the bytes ahead of it.
    private struct PendingSegment {
        var offset: Int
        var payload: ArraySlice<UInt8>
        var push: Bool
        var packetIndex: Int
        var timestamp: UInt64
    }

    /// The side that sent these bytes.
    let direction: Direction
    /// The sequence number of the first data byte: the initial sequence number plus one for the SYN.
    let firstSequence: UInt32
    /// The bytes received without holes, from the start of the stream.
    private(set) var bytes: [UInt8] = []
    /// Segments that start beyond the end of the stream, waiting for the gap before them to fill, in a binary
    /// min-heap by offset so that out-of-order arrival costs a logarithm per segment, not a scan.
    private var pending: [PendingSegment] = []
    private var deliveries: [Delivery] = []
    private var boundaries: Set<Int> = []
    /// The stream offset the FIN occupies, once a FIN was seen.
    private(set) var finOffset: Int?

    /// Starts the stream of the side sending in `direction`, whose SYN carried `initialSequence`.
    init(direction: Direction, initialSequence: UInt32) {
        self.direction = direction
        firstSequence = initialSequence &+ 1
    }

    /// The stream offset of `sequence`, which must not precede the stream's first byte.
    func offset(of sequence: UInt32, packetNumber: Int) throws(CaptureError) -> Int {
        let offset = Int(Int32(bitPattern: sequence &- firstSequence))
        guard offset >= 0 else {
            throw CaptureError(.malformedPacket, "packet \(packetNumber): sequence number precedes the stream start")
        }
        return offset
    }

    /// Takes one segment's payload.
    ///
    /// - Returns: Whether the segment added bytes to the end of the stream.
    /// - Throws: ``CaptureError/Code/inconsistentRetransmission`` when it repeats bytes with other values,
    ///   ``CaptureError/Code/malformedPacket`` when it carries data before the stream start or beyond the FIN.
    mutating func receive(
        _ payload: [UInt8],
        sequence: UInt32,
        push: Bool,
        packetIndex: Int,
        timestamp: UInt64
    ) throws(CaptureError) -> Bool {
        let offset = try offset(of: sequence, packetNumber: packetIndex + 1)
        if let finOffset, offset + payload.count > finOffset {
            throw CaptureError(.malformedPacket, "packet \(packetIndex + 1): data beyond the sender's FIN")
        }
        let before = bytes.count
        let segment = PendingSegment(
            offset: offset, payload: payload[...], push: push, packetIndex: packetIndex, timestamp: timestamp)
        if offset <= bytes.count {
            try apply(segment)
        } else {
            pushPending(segment)
        }
        // Apply every held segment that now touches the end of the stream, until none does.
        while let first = pending.first, first.offset <= bytes.count {
            try apply(popPending())
        }
        return bytes.count > before
    }

    /// Records the sender's FIN, which follows the payload of its segment.
    mutating func receiveFIN(sequence: UInt32, payloadCount: Int, packetNumber: Int) throws(CaptureError) {
        let offset = try offset(of: sequence, packetNumber: packetNumber) + payloadCount
        if let finOffset, finOffset != offset {
            throw CaptureError(.malformedPacket, "packet \(packetNumber): a second FIN at another sequence number")
        }
        guard offset >= bytes.count, !pending.contains(where: { $0.offset + $0.payload.count > offset }) else {
            throw CaptureError(.malformedPacket, "packet \(packetNumber): FIN precedes data already received")
        }
        finOffset = offset
    }

    /// Ends the current write where the stream ends now, because the other side started sending.
    mutating func endWrite() {
        if !bytes.isEmpty {
            boundaries.insert(bytes.count)
        }
    }

    /// The writes the stream held, each with the index of the packet that delivered its first byte.
    ///
    /// - Throws: ``CaptureError/Code/streamGap`` when bytes before held segments or before the FIN are missing.
    func writes() throws(CaptureError) -> [(packetIndex: Int, write: Transcript.Write)] {
        if let hole = pending.min(by: { $0.offset < $1.offset }) {
            throw CaptureError(
                .streamGap,
                "\(direction.writerName) stream misses bytes \(bytes.count)..<\(hole.offset) before packet "
                    + "\(hole.packetIndex + 1)"
            )
        }
        if let finOffset, finOffset > bytes.count {
            throw CaptureError(
                .streamGap,
                "\(direction.writerName) stream misses bytes \(bytes.count)..<\(finOffset) before its FIN"
            )
        }
        let ends = boundaries.filter { $0 > 0 && $0 < bytes.count }.sorted() + (bytes.isEmpty ? [] : [bytes.count])
        var writes: [(packetIndex: Int, write: Transcript.Write)] = []
        var start = 0
        var delivery = 0
        for end in ends {
            // The delivery that brought byte `start` is the last one starting at or before it.
            while delivery + 1 < deliveries.count, deliveries[delivery + 1].offset <= start {
                delivery += 1
            }
            let source = deliveries[delivery]
            let write = Transcript.Write(
                direction: direction,
                timestamp: source.timestamp,
                bytes: Array(bytes[start..<end])
            )
            writes.append((source.packetIndex, write))
            start = end
        }
        return writes
    }

    private mutating func pushPending(_ segment: PendingSegment) {
        pending.append(segment)
        var child = pending.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard pending[child].offset < pending[parent].offset else { break }
            pending.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func popPending() -> PendingSegment {
        pending.swapAt(0, pending.count - 1)
        let top = pending.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < pending.count && pending[left].offset < pending[smallest].offset { smallest = left }
            if right < pending.count && pending[right].offset < pending[smallest].offset { smallest = right }
            guard smallest != parent else { return top }
            pending.swapAt(parent, smallest)
            parent = smallest
        }
    }

    /// Adds a segment that starts at or before the end of the stream.
    private mutating func apply(_ segment: PendingSegment) throws(CaptureError) {
        let overlap = min(bytes.count - segment.offset, segment.payload.count)
        let repeated = segment.payload.prefix(overlap)
        guard bytes[segment.offset..<segment.offset + overlap].elementsEqual(repeated) else {
            throw CaptureError(
                .inconsistentRetransmission,
                "packet \(segment.packetIndex + 1): repeats \(direction.writerName) bytes from offset "
                    + "\(segment.offset) with other values"
            )
        }
        if overlap < segment.payload.count {
            deliveries.append(
                Delivery(offset: bytes.count, packetIndex: segment.packetIndex, timestamp: segment.timestamp)
            )
            bytes += segment.payload.dropFirst(overlap)
        }
        if segment.push {
            boundaries.insert(segment.offset + segment.payload.count)
        }
    }
}
