/// Bounds-checked reads of fixed-width integers from a byte array.
///
/// Every read returns `nil` instead of trapping when the bytes run out, so parsers of untrusted captures can turn
/// short input into an error.
struct ByteReader {
    /// The bytes being read.
    let bytes: [UInt8]
    /// Whether multi-byte integers are stored least significant byte first.
    var littleEndian: Bool

    /// Creates a reader over `bytes`.
    init(_ bytes: [UInt8], littleEndian: Bool = false) {
        self.bytes = bytes
        self.littleEndian = littleEndian
    }

    /// The byte at `offset`, or `nil` when `offset` is out of bounds.
    func uint8(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The two-byte integer at `offset`, or `nil` when it does not fit.
    func uint16(at offset: Int) -> UInt16? {
        guard let first = uint8(at: offset), let second = uint8(at: offset + 1) else {
            return nil
        }
        return littleEndian ? UInt16(second) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(second)
    }

    /// The four-byte integer at `offset`, or `nil` when it does not fit.
    func uint32(at offset: Int) -> UInt32? {
        guard let first = uint16(at: offset), let second = uint16(at: offset + 2) else {
            return nil
        }
        return littleEndian ? UInt32(second) << 16 | UInt32(first) : UInt32(first) << 16 | UInt32(second)
    }

    /// The `count` bytes at `offset`, or `nil` when they do not all fit.
    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else {
            return nil
        }
        return bytes[offset..<offset + count]
    }
}
