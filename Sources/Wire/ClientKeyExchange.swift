/// A TLS 1.2 (or earlier) ClientKeyExchange (RFC 5246 §7.4.7): the client's key share or its RSA-encrypted
/// premaster secret. Its layout depends on the suite, so only the body is kept.
public struct ClientKeyExchange: Hashable, Sendable {
    /// The whole body as sent.
    public var body: [UInt8]

    /// Keeps the body; an empty body is malformed.
    public init(body: [UInt8], base: Int = 0) throws {
        guard !body.isEmpty else { throw WireError(.malformed, "empty client_key_exchange", offset: base) }
        self.body = body
    }
}
