/// Builds DER encodings: minimal tags and lengths, minimal INTEGERs, canonical BOOLEANs.
///
/// The writer is a plain value holding the bytes written so far; constructed elements take a closure that
/// writes their children.
///
/// ```swift
/// var writer = DERWriter()
/// writer.appendConstructed(.sequence) { body in
///     body.appendObjectIdentifier([2, 5, 4, 3])
///     body.appendUTF8String("example")
/// }
/// let bytes = writer.bytes
/// ```
public struct DERWriter: Sendable {
    /// The encoding so far.
    public private(set) var bytes: [UInt8]

    /// Creates an empty writer.
    public init() {
        self.bytes = []
    }

    /// Appends identifier octets, in the high-tag-number form for numbers from 31 up.
    ///
    /// - Parameter tag: The tag.
    public mutating func appendTag(_ tag: DERTag) {
        let leading = tag.tagClass.rawValue << 6 | (tag.isConstructed ? 0x20 : 0)
        guard tag.number >= 31 else {
            bytes.append(leading | UInt8(tag.number))
            return
        }
        bytes.append(leading | 0x1F)
        var shift: UInt32 = 28
        while shift > 0 && tag.number >> shift == 0 {
            shift -= 7
        }
        while shift > 0 {
            bytes.append(UInt8(truncatingIfNeeded: tag.number >> shift) | 0x80)
            shift -= 7
        }
        bytes.append(UInt8(tag.number & 0x7F))
    }

    /// Appends a definite length in its minimal form.
    ///
    /// - Parameter length: The number of content octets.
    public mutating func appendLength(_ length: Int) {
        guard length >= 0x80 else {
            bytes.append(UInt8(length))
            return
        }
        let byteCount = (Int.bitWidth - length.leadingZeroBitCount + 7) / 8
        bytes.append(0x80 | UInt8(byteCount))
        for index in stride(from: byteCount - 1, through: 0, by: -1) {
            bytes.append(UInt8(truncatingIfNeeded: length >> (index * 8)))
        }
    }

    /// Appends an element with raw content octets.
    ///
    /// - Parameters:
    ///   - tag: The element's tag.
    ///   - content: The content octets, written as given.
    public mutating func appendPrimitive(_ tag: DERTag, content: some Collection<UInt8>) {
        appendTag(tag)
        appendLength(content.count)
        bytes.append(contentsOf: content)
    }

    /// Appends an element already encoded, byte for byte.
    ///
    /// - Parameter encoded: A complete encoding, which the writer does not check.
    public mutating func appendEncoded(_ encoded: some Collection<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    /// Appends a constructed element whose children `body` writes.
    ///
    /// - Parameters:
    ///   - tag: The element's tag; it is written with the constructed bit set.
    ///   - body: Writes the children into the writer it is given.
    public mutating func appendConstructed<Failure: Error>(
        _ tag: DERTag,
        _ body: (inout DERWriter) throws(Failure) -> Void
    ) throws(Failure) {
        var inner = DERWriter()
        try body(&inner)
        appendTag(DERTag(number: tag.number, tagClass: tag.tagClass, isConstructed: true))
        appendLength(inner.bytes.count)
        bytes.append(contentsOf: inner.bytes)
    }

    /// Appends a BOOLEAN as 0xFF or 0x00.
    ///
    /// - Parameter value: The value.
    public mutating func appendBoolean(_ value: Bool) {
        appendPrimitive(.boolean, content: CollectionOfOne(value ? 0xFF : 0x00))
    }

    /// Appends an INTEGER.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - tag: The tag, for IMPLICIT tagging; INTEGER when omitted.
    public mutating func appendInteger(_ value: Int64, tag: DERTag = .integer) {
        var content: [UInt8] = []
        var remaining = value
        repeat {
            content.insert(UInt8(truncatingIfNeeded: remaining), at: 0)
            remaining >>= 8
        } while !(remaining == 0 && content[0] < 0x80) && !(remaining == -1 && content[0] >= 0x80)
        appendPrimitive(tag, content: content)
    }

    /// Appends a non-negative INTEGER given as big-endian magnitude bytes (a serial number, an RSA modulus).
    ///
    /// Leading zero bytes are dropped and a zero byte is added when the top bit is set, so the result is minimal.
    ///
    /// - Parameters:
    ///   - magnitude: The unsigned value, most significant byte first.
    ///   - tag: The tag, for IMPLICIT tagging; INTEGER when omitted.
    public mutating func appendUnsignedInteger(magnitude: some Collection<UInt8>, tag: DERTag = .integer) {
        let digits = magnitude.drop { $0 == 0 }
        guard let first = digits.first else {
            appendPrimitive(tag, content: CollectionOfOne(0))
            return
        }
        if first >= 0x80 {
            var content: [UInt8] = [0]
            content.append(contentsOf: digits)
            appendPrimitive(tag, content: content)
        } else {
            appendPrimitive(tag, content: digits)
        }
    }

    /// Appends a NULL.
    public mutating func appendNull() {
        appendPrimitive(.null, content: EmptyCollection())
    }

    /// Appends an OCTET STRING.
    ///
    /// - Parameters:
    ///   - content: The octets.
    ///   - tag: The tag, for IMPLICIT tagging; OCTET STRING when omitted.
    public mutating func appendOctetString(_ content: some Collection<UInt8>, tag: DERTag = .octetString) {
        appendPrimitive(tag, content: content)
    }

    /// Appends a BIT STRING.
    ///
    /// - Parameters:
    ///   - bits: The bits, most significant first; padding bits in the last byte are cleared.
    ///   - unusedBits: How many bits of the last byte are padding, 0 to 7; forced to 0 when `bits` is empty.
    ///   - tag: The tag, for IMPLICIT tagging; BIT STRING when omitted.
    public mutating func appendBitString(_ bits: some Collection<UInt8>, unusedBits: Int = 0, tag: DERTag = .bitString)
    {
        var content: [UInt8] = [bits.isEmpty ? 0 : UInt8(clamping: min(max(unusedBits, 0), 7))]
        content.append(contentsOf: bits)
        if content.count > 1 {
            content[content.count - 1] &= ~((1 << content[0]) &- 1)
        }
        appendPrimitive(tag, content: content)
    }

    /// Appends an OBJECT IDENTIFIER.
    ///
    /// - Parameter oid: The identifier.
    public mutating func appendObjectIdentifier(_ oid: OID) {
        appendPrimitive(.objectIdentifier, content: oid.derContent)
    }

    /// Appends a UTF8String.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - tag: The tag, for IMPLICIT tagging; UTF8String when omitted.
    public mutating func appendUTF8String(_ text: String, tag: DERTag = .utf8String) {
        appendPrimitive(tag, content: Array(text.utf8))
    }

    /// Appends an ASCII string type (PrintableString, IA5String, ...) without checking its repertoire.
    ///
    /// - Parameters:
    ///   - text: The text, written as UTF-8 bytes.
    ///   - tag: The string type.
    public mutating func appendString(_ text: String, tag: DERTag) {
        appendPrimitive(tag, content: Array(text.utf8))
    }

    /// Appends a time as RFC 5280 would: UTCTime for 1950 to 2049, GeneralizedTime otherwise.
    ///
    /// - Parameter time: The instant.
    public mutating func appendTime(_ time: DERTime) {
        if time.requiresGeneralizedTime {
            appendGeneralizedTime(time)
        } else {
            appendUTCTime(time)
        }
    }

    /// Appends a UTCTime, `YYMMDDHHMMSSZ`; only the last two digits of the year are kept.
    ///
    /// - Parameter time: The instant.
    public mutating func appendUTCTime(_ time: DERTime) {
        let text = String(time.description.dropFirst(2))
        appendPrimitive(.utcTime, content: Array(Self.compact(text).utf8))
    }

    /// Appends a GeneralizedTime, `YYYYMMDDHHMMSSZ`.
    ///
    /// - Parameter time: The instant.
    public mutating func appendGeneralizedTime(_ time: DERTime) {
        appendPrimitive(.generalizedTime, content: Array(Self.compact(time.description).utf8))
    }

    /// Turns `YYYY-MM-DDTHH:MM:SSZ` into `YYYYMMDDHHMMSSZ`.
    private static func compact(_ iso: String) -> String {
        String(iso.filter { $0 != "-" && $0 != ":" && $0 != "T" })
    }
}
