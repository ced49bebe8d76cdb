/// The value of a BIT STRING: its bytes and how many bits of the last byte are padding.
public struct DERBitString: Sendable, Hashable {
    /// The number of padding bits at the end of the last byte, 0 to 7; always 0 when ``bytes`` is empty.
    public let unusedBits: Int
    /// The bits, most significant first, as a slice of the input (without the unused-bits byte).
    public let bytes: ArraySlice<UInt8>

    /// The number of meaningful bits.
    public var bitCount: Int {
        bytes.count * 8 - unusedBits
    }

    /// Reads BIT STRING content: an unused-bits count, then the bits.
    ///
    /// DER requires the count to be 0 to 7, 0 when there are no bits, and the padding bits to be zero.
    init(validating content: ArraySlice<UInt8>, at offset: Int) throws(DERError) {
        guard let count = content.first else {
            throw DERError(.invalidBitString, "a BIT STRING has no unused-bits byte", offset: offset)
        }
        guard count <= 7 else {
            throw DERError(
                .invalidBitString, "a BIT STRING claims \(count) unused bits, at most 7 exist", offset: offset)
        }
        let bits = content.dropFirst()
        if let last = bits.last {
            let mask: UInt8 = (1 << count) &- 1
            guard last & mask == 0 else {
                throw DERError(
                    .invalidBitString, "the unused bits of a BIT STRING are not zero", offset: bits.endIndex - 1)
            }
        } else if count != 0 {
            throw DERError(.invalidBitString, "an empty BIT STRING claims \(count) unused bits", offset: offset)
        }
        self.unusedBits = Int(count)
        self.bytes = bits
    }

    /// Whether bit `index` is set, counting from the most significant bit of the first byte; false past the end.
    ///
    /// - Parameter index: The bit position, as named-bit lists number them.
    /// - Returns: The bit.
    public func isSet(_ index: Int) -> Bool {
        guard index >= 0, index < bitCount else {
            return false
        }
        let byte = bytes[bytes.startIndex + index / 8]
        return byte & (0x80 >> UInt8(index % 8)) != 0
    }
}
