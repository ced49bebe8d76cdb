/// A TLS 1.3 KeyUpdate message (RFC 8446 §4.6.3): the sender now protects its records with the next
/// generation of its traffic secret.
public struct KeyUpdate: Hashable, Sendable {
    /// Whether the sender asks the peer to update its own keys too.
    public var requestsUpdate: Bool

    /// Parses the one-byte body; any value but 0 or 1 is malformed.
    public init(body: [UInt8], base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        let value = try reader.uint8("request_update")
        guard value <= 1 else {
            throw WireError(.malformed, "request_update \(value) is neither 0 nor 1", offset: base)
        }
        requestsUpdate = value == 1
        try reader.expectEnd("key_update")
    }
}
