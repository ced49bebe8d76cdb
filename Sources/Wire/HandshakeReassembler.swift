/// A handshake message cut out of the handshake byte stream: its type and body, not yet decoded.
public struct RawHandshakeMessage: Hashable, Sendable {
    /// The message type from the four-byte header.
    public var type: HandshakeType
    /// The body that follows the header.
    public var body: [UInt8]

    /// Creates a message from its parts.
    public init(type: HandshakeType, body: [UInt8]) {
        self.type = type
        self.body = body
    }

    /// The message as it is carried in handshake records: type, 24-bit length, body.
    public var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.uint8(type.rawValue)
        writer.uint24(body.count)
        writer.raw(body)
        return writer.bytes
    }
}

/// Rebuilds handshake messages from the fragments of consecutive handshake records of one direction.
///
/// A record may hold several messages and a message may span several records (RFC 8446 §5.1); feed each
/// handshake fragment with ``append(_:)`` and take the complete messages with ``next()``.
public struct HandshakeReassembler: Sendable {
    /// The largest message body accepted. The format allows 2^24 - 1 bytes; real certificate chains stay far
    /// below this, and a cap keeps a hostile peer from making the reader hold megabytes for one message.
    public static let maximumMessageLength = 1 << 18

    private var buffer: [UInt8] = []
    private var start = 0
    private var consumed = 0

    /// Creates an empty reassembler.
    public init() {}

    /// Whether bytes of an incomplete message are waiting; RFC 8446 §5.1 forbids a key change at that point.
    public var hasPartialMessage: Bool { start < buffer.count }

    /// The offset of the next message in the handshake byte stream.
    public var offset: Int { consumed }

    /// Adds the fragment of one handshake record.
    public mutating func append(_ fragment: [UInt8]) {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer += fragment
    }

    /// Returns the next complete message, or `nil` until more fragments arrive.
    ///
    /// - Throws: ``WireError`` when a message declares a body longer than ``maximumMessageLength``.
    public mutating func next() throws -> RawHandshakeMessage? {
        guard buffer.count - start >= 4 else { return nil }
        let length = Int(buffer[start + 1]) << 16 | Int(buffer[start + 2]) << 8 | Int(buffer[start + 3])
        guard length <= Self.maximumMessageLength else {
            throw WireError(
                .unsupported, "handshake message of \(length) bytes exceeds \(Self.maximumMessageLength)",
                offset: consumed + 1)
        }
        guard buffer.count - start >= 4 + length else { return nil }
        let message = RawHandshakeMessage(
            type: HandshakeType(rawValue: buffer[start]), body: Array(buffer[(start + 4)..<(start + 4 + length)]))
        start += 4 + length
        consumed += 4 + length
        return message
    }

    /// Reads exactly one message that must fill `bytes`.
    ///
    /// - Throws: `.truncated` when `bytes` end inside the message, `.malformed` when bytes follow it.
    public static func single(_ bytes: [UInt8]) throws -> RawHandshakeMessage {
        var reader = ByteReader(bytes)
        let type = HandshakeType(rawValue: try reader.uint8("handshake type"))
        var body = try reader.vector("\(type) body", lengthBytes: 3)
        try reader.expectEnd("\(type) message")
        return RawHandshakeMessage(type: type, body: body.rest())
    }
}
