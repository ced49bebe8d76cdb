import Policy

/// A certificate chain and its private key, ready for an endpoint to present.
public struct IssuedCredential: Sendable, Hashable {
    /// The variant this credential is.
    public var variant: CertificateVariant
    /// The role it was issued for.
    public var role: EndpointRole
    /// The chain the endpoint sends, leaf first, each certificate DER-encoded.
    public var chain: [[UInt8]]
    /// The leaf's private key, unencrypted PKCS #8 DER.
    ///
    /// - Warning: A throwaway key for in-process tests. Never reuse it.
    public var privateKey: [UInt8]

    /// The leaf certificate's DER encoding.
    public var leaf: [UInt8] { chain[0] }
}
