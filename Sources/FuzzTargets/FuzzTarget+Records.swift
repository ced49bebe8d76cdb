internal import Wire

extension FuzzTarget {
    /// The TLS record and handshake message parsers that `inspect` uses, on one direction's byte stream.
    ///
    /// Properties: records read from a stream write back to exactly that stream; a ``Wire/RecordReader`` fed
    /// the stream in small pieces returns the same records at the same offsets, and fails at the same place, as
    /// one fed it whole; the messages a ``Wire/HandshakeReassembler`` cuts out of the handshake records write
    /// back to the bytes they came from; Certificate and ServerHello bodies that decode encode back to the same
    /// bytes; and ``Wire/HandshakeInspection`` reports events in stream order, inside the stream, whichever side
    /// is taken to have sent it.
    public static let records = FuzzTarget(
        name: "records",
        property: "records and handshake messages re-encode to the bytes they were read from"
    ) { bytes in
        let whole = RecordStreamReading(bytes, pieceSizes: [bytes.count])
        let pieces = RecordStreamReading(bytes, pieceSizes: [1, 4, 2, 7, 3, 64, 5, 300])
        guard whole.records.elementsEqual(pieces.records, by: ==), whole.failure == pieces.failure,
            whole.failure?.offset == pieces.failure?.offset
        else {
            violated("records", "reading in pieces gave \(pieces) where reading whole gave \(whole)")
        }
        let accepted = (try? TLSRecord.records(in: bytes)) != nil
        if accepted {
            guard whole.failure == nil, whole.records.flatMap(\.record.bytes) == bytes else {
                violated("records", "the records read from a stream do not write back to it")
            }
        }
        checkHandshakeMessages(in: whole.records.map(\.record))
        for direction in Direction.allCases {
            checkInspection(of: bytes, sentBy: direction)
        }
        return accepted && !whole.records.isEmpty ? .accepted : .rejected
    }

    /// Reassembles the handshake records' messages, decodes each in both record-layer versions, and checks the
    /// encodings that have a writer.
    private static func checkHandshakeMessages(in records: [TLSRecord]) {
        var reassembler = HandshakeReassembler()
        var stream: [UInt8] = []
        var messages: [RawHandshakeMessage] = []
        do {
            for record in records where record.contentType == .handshake {
                reassembler.append(record.fragment)
                stream += record.fragment
                while let message = try reassembler.next() {
                    messages.append(message)
                }
            }
        } catch {
            // A message announcing more than the reassembler's cap: the messages before it still count.
        }
        let written = messages.flatMap(\.bytes)
        guard written.count == reassembler.offset, stream.starts(with: written) else {
            violated("records", "reassembled messages do not write back to the handshake bytes they came from")
        }
        for message in messages {
            for version in [ProtocolVersion.tls12, .tls13] {
                checkDecoding(message, version: version)
            }
        }
    }

    private static func checkDecoding(_ raw: RawHandshakeMessage, version: ProtocolVersion) {
        guard let message = try? HandshakeMessage(raw, version: version, cipherSuite: nil) else {
            return
        }
        guard message.type == raw.type else {
            violated("records", "a \(raw.type) message decoded as \(message.type)")
        }
        switch message {
        case .certificate(let certificate):
            guard (try? certificate.body()) == raw.body else {
                violated("records", "a Certificate message does not encode back to its body")
            }
        case .serverHello(let hello):
            guard (try? hello.body()) == raw.body else {
                violated("records", "a ServerHello does not encode back to its body")
            }
        case .clientHello(let hello):
            guard (try? ClientHello(message: raw.bytes)) == hello else {
                violated("records", "a ClientHello reads differently as a whole message and as a body")
            }
        default:
            break
        }
    }

    private static func checkInspection(of bytes: [UInt8], sentBy direction: Direction) {
        let write = Transcript.Write(direction: direction, timestamp: 0, bytes: bytes)
        guard let inspection = try? HandshakeInspection(transcript: Transcript(openedAt: 0, writes: [write])) else {
            return
        }
        var previous = 0
        for event in inspection.events {
            guard event.direction == direction, event.offset >= previous, event.offset <= bytes.count else {
                violated("records", "inspection reported an event out of order or outside the stream")
            }
            previous = event.offset
        }
    }
}

/// One direction's stream read by a ``RecordReader`` fed in pieces of given sizes, cycled.
struct RecordStreamReading: CustomStringConvertible {
    /// The records read, with their offsets.
    var records: [(offset: Int, record: TLSRecord)] = []
    /// The error that stopped reading, if one did.
    var failure: WireError?

    init(_ bytes: [UInt8], pieceSizes: [Int]) {
        var reader = RecordReader()
        var start = 0
        var piece = 0
        repeat {
            let end = min(bytes.count, start + max(1, pieceSizes[piece % pieceSizes.count]))
            reader.append(Array(bytes[start..<end]))
            start = end
            piece += 1
            do {
                while let next = try reader.next() {
                    records.append(next)
                }
            } catch let error as WireError {
                failure = error
                return
            } catch {
                FuzzTarget.violated("records", "RecordReader threw \(error), which is not a WireError")
            }
        } while start < bytes.count
    }

    var description: String {
        "\(records.count) records" + (failure.map { ", then \($0)" } ?? "")
    }
}
