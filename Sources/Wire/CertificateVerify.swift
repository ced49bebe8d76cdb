/// A CertificateVerify message: the signature that proves possession of the certificate's key
/// (RFC 8446 §4.4.3, RFC 5246 §7.4.8).
public struct CertificateVerify: Hashable, Sendable {
    /// The signature scheme, or `nil` in TLS 1.1 and earlier, which did not name one.
    public var algorithm: SignatureScheme?
    /// The signature bytes.
    public var signature: [UInt8]

    /// Parses the message body in the form `version` uses.
    public init(body: [UInt8], version: ProtocolVersion, base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        algorithm = version >= .tls12 ? SignatureScheme(rawValue: try reader.uint16("algorithm")) : nil
        signature = try reader.vectorBytes("signature", lengthBytes: 2)
        try reader.expectEnd("certificate_verify")
    }
}
