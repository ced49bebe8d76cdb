/// A NewSessionTicket message, in its TLS 1.3 form (RFC 8446 §4.6.1) or its RFC 5077 form.
public struct NewSessionTicket: Hashable, Sendable {
    /// How long the ticket may be used, in seconds.
    public var lifetime: UInt32
    /// The TLS 1.3 obfuscation value for the ticket age; `nil` in the older form.
    public var ageAdd: UInt32?
    /// The TLS 1.3 per-ticket nonce; `nil` in the older form.
    public var nonce: [UInt8]?
    /// The opaque ticket.
    public var ticket: [UInt8]
    /// The TLS 1.3 extensions, such as early_data; empty in the older form.
    public var extensions: [HelloExtension]

    /// Parses the message body in the form `version` uses.
    public init(body: [UInt8], version: ProtocolVersion, base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        lifetime = try reader.uint32("ticket_lifetime")
        if version >= .tls13 {
            ageAdd = try reader.uint32("ticket_age_add")
            nonce = try reader.vectorBytes("ticket_nonce", lengthBytes: 1)
            ticket = try reader.vectorBytes("ticket", lengthBytes: 2, minimum: 1)
            extensions = try HelloExtension.readBlock(&reader, "new_session_ticket")
        } else {
            ticket = try reader.vectorBytes("ticket", lengthBytes: 2)
            extensions = []
        }
        try reader.expectEnd("new_session_ticket")
    }
}
