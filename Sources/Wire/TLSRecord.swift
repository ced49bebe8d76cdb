/// One TLS record (RFC 8446 §5.1, RFC 5246 §6.2): a five-byte header and a fragment.
///
/// The fragment is plaintext for records sent before keys are in use and ciphertext after; the record layer
/// cannot tell which, so ``maximumFragmentLength`` is the ciphertext bound for both.
public struct TLSRecord: Hashable, Sendable {
    /// The length of a record header: type, version, length.
    public static let headerLength = 5
    /// The largest fragment any record may carry: 2^14 bytes of plaintext plus 256 of protection overhead.
    public static let maximumFragmentLength = 16_384 + 256
    /// The largest plaintext a record may carry once unprotected (RFC 8446 §5.1).
    public static let maximumPlaintextLength = 16_384

    /// What the fragment carries; `applicationData` for every protected TLS 1.3 record.
    public var contentType: ContentType
    /// The version in the header, which TLS 1.3 freezes at 0x0303 (0x0301 in a first ClientHello).
    public var legacyVersion: ProtocolVersion
    /// The record's payload.
    public var fragment: [UInt8]

    /// Creates a record.
    public init(contentType: ContentType, legacyVersion: ProtocolVersion, fragment: [UInt8]) {
        self.contentType = contentType
        self.legacyVersion = legacyVersion
        self.fragment = fragment
    }

    /// The five header bytes; also the additional data of a TLS 1.3 AEAD.
    public var header: [UInt8] {
        let length = fragment.count
        return [
            contentType.rawValue, UInt8(legacyVersion.rawValue >> 8), UInt8(truncatingIfNeeded: legacyVersion.rawValue),
            UInt8(truncatingIfNeeded: length >> 8), UInt8(truncatingIfNeeded: length),
        ]
    }

    /// The record as it goes on the wire.
    public var bytes: [UInt8] { header + fragment }

    /// Cuts a payload into records of at most 2^14 bytes each.
    ///
    /// - Parameters:
    ///   - payload: The bytes to carry, such as several handshake messages back to back.
    ///   - contentType: The type of every record.
    ///   - legacyVersion: The version to put in every header.
    /// - Returns: The records in order; none for an empty payload.
    public static func fragmenting(
        _ payload: [UInt8], contentType: ContentType, legacyVersion: ProtocolVersion
    ) -> [TLSRecord] {
        stride(from: 0, to: payload.count, by: maximumPlaintextLength).map { start in
            let end = min(start + maximumPlaintextLength, payload.count)
            return TLSRecord(
                contentType: contentType, legacyVersion: legacyVersion, fragment: Array(payload[start..<end]))
        }
    }

    /// Splits bytes that must hold whole records and nothing else.
    ///
    /// - Parameter bytes: A byte stream, such as one direction of a ``Transcript``.
    /// - Returns: The records in order.
    /// - Throws: ``WireError`` for an invalid header, or `.truncated` when the last record is incomplete.
    public static func records(in bytes: [UInt8]) throws -> [TLSRecord] {
        var reader = RecordReader()
        reader.append(bytes)
        var records: [TLSRecord] = []
        while let (_, record) = try reader.next() { records.append(record) }
        if reader.bufferedByteCount > 0 {
            throw WireError(
                .truncated, "stream ends \(reader.bufferedByteCount) bytes into an incomplete record",
                offset: reader.offset)
        }
        return records
    }

    /// Checks a record header and returns the fragment length it declares.
    ///
    /// - Parameters:
    ///   - header: At least five bytes starting at `start`.
    ///   - offset: The header's offset in the stream, for errors.
    static func fragmentLength(header: [UInt8], at start: Int, offset: Int) throws -> Int {
        let type = ContentType(rawValue: header[start])
        let version = ProtocolVersion(rawValue: UInt16(header[start + 1]) << 8 | UInt16(header[start + 2]))
        let length = Int(header[start + 3]) << 8 | Int(header[start + 4])
        guard type.isKnown else {
            throw WireError(.notTLS, "record type \(type) is not a TLS content type", offset: offset)
        }
        guard version.rawValue >> 8 == 3, version.rawValue & 0xFF <= 4 else {
            throw WireError(.notTLS, "record version \(version) is not SSL 3.0 to TLS 1.3", offset: offset + 1)
        }
        guard length <= maximumFragmentLength else {
            throw WireError(
                .oversizedRecord, "record length \(length) exceeds \(maximumFragmentLength)", offset: offset + 3)
        }
        guard length > 0 || type == .applicationData else {
            throw WireError(.malformed, "empty \(type) record", offset: offset + 3)
        }
        return length
    }
}
