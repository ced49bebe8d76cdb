/// A CertificateRequest: the server asking the client for a certificate, in its TLS 1.3 form (RFC 8446
/// §4.3.2) or its TLS 1.2 and earlier form (RFC 5246 §7.4.4).
public struct CertificateRequest: Hashable, Sendable {
    /// The TLS 1.3 certificate_request_context; `nil` in the older form.
    public var context: [UInt8]?
    /// The ClientCertificateType bytes of the older form; empty in TLS 1.3.
    public var certificateTypes: [UInt8]
    /// The signature schemes the server accepts, or `nil` when none are listed (TLS 1.1 and earlier).
    public var signatureAlgorithms: [SignatureScheme]?
    /// The DER distinguished names of the acceptable certificate authorities.
    public var certificateAuthorities: [[UInt8]]
    /// The TLS 1.3 extensions; empty in the older form.
    public var extensions: [HelloExtension]

    /// Parses the message body in the form `version` uses.
    ///
    /// - Parameters:
    ///   - body: The message body.
    ///   - version: The negotiated version.
    ///   - base: Added to the offsets in errors.
    public init(body: [UInt8], version: ProtocolVersion, base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        if version >= .tls13 {
            context = try reader.vectorBytes("certificate_request_context", lengthBytes: 1)
            certificateTypes = []
            extensions = try HelloExtension.readBlock(&reader, "certificate_request", minimum: 2)
            signatureAlgorithms = try extensions.decode(.signatureAlgorithms, ExtensionDecoders.signatureSchemes)
            certificateAuthorities =
                try extensions.decode(ExtensionType(rawValue: 47)) { reader in
                    try Self.distinguishedNames(&reader, minimum: 3)
                } ?? []
        } else {
            context = nil
            extensions = []
            certificateTypes = try reader.vectorBytes("certificate_types", lengthBytes: 1, minimum: 1)
            signatureAlgorithms =
                version >= .tls12 ? try ExtensionDecoders.signatureSchemes(&reader) : nil
            certificateAuthorities = try Self.distinguishedNames(&reader, minimum: 0)
        }
        try reader.expectEnd("certificate_request")
    }

    private static func distinguishedNames(_ reader: inout ByteReader, minimum: Int) throws -> [[UInt8]] {
        var list = try reader.vector("certificate_authorities", lengthBytes: 2, minimum: minimum)
        var names: [[UInt8]] = []
        while !list.isAtEnd {
            names.append(try list.vectorBytes("DistinguishedName", lengthBytes: 2, minimum: 1))
        }
        return names
    }
}
