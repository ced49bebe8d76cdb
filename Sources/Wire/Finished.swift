/// A Finished message: the MAC over the handshake transcript that ends each side's flight.
public struct Finished: Hashable, Sendable {
    /// The verify_data; as long as the hash in TLS 1.3, 12 bytes in TLS 1.2.
    public var verifyData: [UInt8]

    /// Keeps the body as the verify data; an empty body is malformed.
    public init(body: [UInt8], base: Int = 0) throws {
        guard !body.isEmpty else { throw WireError(.malformed, "empty finished message", offset: base) }
        verifyData = body
    }
}
