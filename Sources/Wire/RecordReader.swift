/// Cuts one direction of a TLS byte stream into records as the bytes arrive.
///
/// Feed it with ``append(_:)`` in the order the bytes were written and pull records with ``next()``; a record
/// split across writes comes out once its last byte has arrived. Offsets count from the first byte appended.
public struct RecordReader: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0
    private var consumed = 0

    /// Creates an empty reader.
    public init() {}

    /// The stream offset of the next record's first byte.
    public var offset: Int { consumed }

    /// How many bytes wait for the rest of their record.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Adds bytes to the end of the stream.
    public mutating func append(_ bytes: [UInt8]) {
        if start > 4096, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer += bytes
    }

    /// Returns the next complete record with its stream offset, or `nil` until more bytes arrive.
    ///
    /// - Throws: ``WireError`` when the next header is not a valid TLS record header. The reader does not
    ///   resynchronise after an error: a byte stream has no record boundaries to find again.
    public mutating func next() throws -> (offset: Int, record: TLSRecord)? {
        guard bufferedByteCount >= TLSRecord.headerLength else { return nil }
        let length = try TLSRecord.fragmentLength(header: buffer, at: start, offset: consumed)
        let total = TLSRecord.headerLength + length
        guard bufferedByteCount >= total else { return nil }
        let record = TLSRecord(
            contentType: ContentType(rawValue: buffer[start]),
            legacyVersion: ProtocolVersion(rawValue: UInt16(buffer[start + 1]) << 8 | UInt16(buffer[start + 2])),
            fragment: Array(buffer[(start + TLSRecord.headerLength)..<(start + total)]))
        let recordOffset = consumed
        start += total
        consumed += total
        return (recordOffset, record)
    }
}
