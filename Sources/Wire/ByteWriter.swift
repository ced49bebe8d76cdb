/// Appends the integers and length-prefixed vectors of the TLS presentation language to a byte buffer.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Appends one byte.
    mutating func uint8(_ value: UInt8) { bytes.append(value) }

    /// Appends a big-endian 16-bit integer.
    mutating func uint16(_ value: UInt16) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends a big-endian 24-bit integer; the caller keeps the value below 2^24.
    mutating func uint24(_ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: value >> 16))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends raw bytes.
    mutating func raw(_ value: some Sequence<UInt8>) { bytes.append(contentsOf: value) }

    /// Appends a vector: a `lengthBytes`-wide length, then what `body` writes.
    ///
    /// - Throws: ``WireError`` when the contents do not fit the length prefix.
    mutating func vector(lengthBytes: Int, _ body: (inout ByteWriter) throws -> Void) throws {
        var inner = ByteWriter()
        try body(&inner)
        let count = inner.bytes.count
        guard count < 1 << (8 * lengthBytes) else {
            throw WireError(.unsupported, "\(count) bytes do not fit a \(lengthBytes)-byte length")
        }
        for shift in stride(from: 8 * (lengthBytes - 1), through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: count >> shift))
        }
        bytes += inner.bytes
    }
}
