/// One thing that happened on the wire, as a ``HandshakeInspection`` reports it: a handshake message, an
/// alert, a ChangeCipherSpec, application data, a record that could not be read, or the end of a stream.
public struct InspectionEvent: Hashable, Sendable {
    /// What the event carries.
    public enum Content: Hashable, Sendable {
        /// A handshake message, decoded.
        case handshake(HandshakeMessage)
        /// An alert.
        case alert(Alert)
        /// A ChangeCipherSpec; in TLS 1.3 only the middlebox-compatibility dummy, which changes nothing.
        case changeCipherSpec
        /// Application data of `byteCount` bytes, shown by size only.
        case applicationData(byteCount: Int)
        /// A heartbeat message of `byteCount` bytes.
        case heartbeat(byteCount: Int)
        /// A protected record that was not decrypted, and why.
        case encrypted(byteCount: Int, reason: String)
        /// Bytes that broke the protocol; the direction's stream is not read further.
        case malformed(WireError)
        /// The stream ended in the middle of a record or handshake message.
        case truncated(byteCount: Int)
    }

    /// Who sent it.
    public var direction: Direction
    /// The offset, in that direction's byte stream, of the record that carried (or completed) the event.
    public var offset: Int
    /// The type in the header of that record; `application_data` for every protected TLS 1.3 record, and `nil`
    /// for a malformed or truncated stream where no record could be read.
    public var recordType: ContentType?
    /// Whether the event was read from a record this inspection decrypted.
    public var decrypted: Bool
    /// What the event carries.
    public var content: Content

    /// Creates an event.
    public init(direction: Direction, offset: Int, recordType: ContentType?, decrypted: Bool, content: Content) {
        self.direction = direction
        self.offset = offset
        self.recordType = recordType
        self.decrypted = decrypted
        self.content = content
    }

    /// The handshake message, when the event is one.
    public var handshakeMessage: HandshakeMessage? {
        if case .handshake(let message) = content { return message }
        return nil
    }

    /// Whether the event is a TLS message that was read, as opposed to a malformed or truncated stream.
    public var isTLSMessage: Bool {
        switch content {
        case .malformed, .truncated: false
        default: true
        }
    }

    /// The alert, when the event is one.
    public var alert: Alert? {
        if case .alert(let alert) = content { return alert }
        return nil
    }
}
