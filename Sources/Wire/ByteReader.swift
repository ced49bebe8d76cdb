/// A bounds-checked cursor over bytes that reads the integers and length-prefixed vectors of the TLS
/// presentation language (RFC 8446 §3).
///
/// Every read checks the bytes that remain and throws ``WireError`` instead of trapping. A nested reader made by
/// ``vector(_:lengthBytes:minimum:maximum:)`` shares the buffer and reports offsets relative to the same start, so
/// an error deep inside a structure still names its place in the outer input.
struct ByteReader {
    private let bytes: [UInt8]
    private let end: Int
    private let base: Int
    /// The index of the next byte to read.
    private(set) var position: Int

    /// Creates a reader over all of `bytes`; `base` is added to every offset in errors.
    init(_ bytes: [UInt8], base: Int = 0) {
        self.init(bytes, from: 0, to: bytes.count, base: base)
    }

    private init(_ bytes: [UInt8], from start: Int, to end: Int, base: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
        self.base = base
    }

    /// How many bytes are left.
    var remaining: Int { end - position }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == end }

    /// The offset of the next byte, as reported in errors.
    var offset: Int { base + position }

    /// Fails unless `count` more bytes are available.
    private func require(_ count: Int, _ what: String) throws {
        guard count <= remaining else {
            throw WireError(.truncated, "\(what) needs \(count) bytes, \(remaining) left", offset: offset)
        }
    }

    /// Reads one byte.
    mutating func uint8(_ what: String) throws -> UInt8 {
        try require(1, what)
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads a big-endian 16-bit integer.
    mutating func uint16(_ what: String) throws -> UInt16 {
        UInt16(truncatingIfNeeded: try integer(2, what))
    }

    /// Reads a big-endian 24-bit integer.
    mutating func uint24(_ what: String) throws -> Int {
        Int(try integer(3, what))
    }

    /// Reads a big-endian 32-bit integer.
    mutating func uint32(_ what: String) throws -> UInt32 {
        UInt32(truncatingIfNeeded: try integer(4, what))
    }

    private mutating func integer(_ width: Int, _ what: String) throws -> UInt64 {
        try require(width, what)
        var value: UInt64 = 0
        for index in position..<(position + width) {
            value = value << 8 | UInt64(bytes[index])
        }
        position += width
        return value
    }

    /// Reads `count` raw bytes.
    mutating func bytes(_ count: Int, _ what: String) throws -> [UInt8] {
        try require(count, what)
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    /// Reads every byte that is left.
    mutating func rest() -> [UInt8] {
        defer { position = end }
        return Array(bytes[position..<end])
    }

    /// Reads a vector with a `lengthBytes`-wide length prefix and returns a reader over its contents.
    ///
    /// - Parameters:
    ///   - what: The name of the vector, for errors.
    ///   - lengthBytes: The width of the length prefix: 1, 2 or 3.
    ///   - minimum: The smallest length the definition allows.
    ///   - maximum: The largest length the definition allows.
    mutating func vector(
        _ what: String, lengthBytes: Int, minimum: Int = 0, maximum: Int = .max
    ) throws -> ByteReader {
        let lengthOffset = offset
        let length = Int(try integer(lengthBytes, "length of \(what)"))
        guard length >= minimum, length <= maximum else {
            throw WireError(
                .malformed, "length \(length) of \(what) is outside \(minimum)...\(maximum)", offset: lengthOffset)
        }
        try require(length, what)
        defer { position += length }
        return ByteReader(bytes, from: position, to: position + length, base: base)
    }

    /// Reads a vector and returns its contents as bytes.
    mutating func vectorBytes(
        _ what: String, lengthBytes: Int, minimum: Int = 0, maximum: Int = .max
    ) throws -> [UInt8] {
        var inner = try vector(what, lengthBytes: lengthBytes, minimum: minimum, maximum: maximum)
        return inner.rest()
    }

    /// Reads a vector of 16-bit values, refusing an odd length.
    mutating func uint16List(_ what: String, lengthBytes: Int, minimum: Int = 0) throws -> [UInt16] {
        var inner = try vector(what, lengthBytes: lengthBytes, minimum: minimum, maximum: (1 << (8 * lengthBytes)) - 2)
        guard inner.remaining % 2 == 0 else {
            throw WireError(.malformed, "\(what) has an odd length \(inner.remaining)", offset: inner.offset)
        }
        var values: [UInt16] = []
        values.reserveCapacity(inner.remaining / 2)
        while !inner.isAtEnd { values.append(try inner.uint16(what)) }
        return values
    }

    /// Fails when bytes are left over after a structure that should have used them all.
    func expectEnd(_ what: String) throws {
        guard isAtEnd else {
            throw WireError(.malformed, "\(remaining) trailing bytes after \(what)", offset: offset)
        }
    }
}
