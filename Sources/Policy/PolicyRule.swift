/// A rule a peer's certificate chain must meet that chain verification alone does not enforce.
///
/// OpenSSL decides trust, signatures, validity periods, purpose, host names and revocation; these rules add
/// what a policy for machine identities asks beyond that, evaluated on certificates read by this project's
/// own X.509 reader. Each has a stable identifier that scenarios name as the reason they expect a refusal.
public struct PolicyRule: Sendable, Hashable, CustomStringConvertible {
    /// The stable identifier, such as `leaf-lifetime`.
    public let identifier: String

    /// Creates a rule reference from its identifier.
    public init(_ identifier: String) {
        self.identifier = identifier
    }

    /// A certificate of the verified chain could not be read by the project's strict reader.
    public static let unreadableCertificate = PolicyRule("unreadable-certificate")
    /// The leaf claims to be a certificate authority.
    public static let leafIsCA = PolicyRule("leaf-is-ca")
    /// A certificate carries a critical extension the policy does not understand.
    public static let unknownCriticalExtension = PolicyRule("unknown-critical-extension")
    /// The leaf asserts keyCertSign or cRLSign, which only CAs may.
    public static let leafKeyUsage = PolicyRule("leaf-key-usage")
    /// An X509-SVID must carry exactly one URI subject alternative name.
    public static let svidURICount = PolicyRule("svid-uri-count")
    /// An X509-SVID's URI must use the `spiffe` scheme.
    public static let svidScheme = PolicyRule("svid-scheme")
    /// An X509-SVID's trust domain must be one the policy trusts.
    public static let svidTrustDomain = PolicyRule("svid-trust-domain")
    /// An X509-SVID's path must be present and well formed.
    public static let svidPath = PolicyRule("svid-path")
    /// An X509-SVID must assert digitalSignature.
    public static let svidKeyUsage = PolicyRule("svid-key-usage")
    /// A key in the chain is smaller than the policy's minimum.
    public static let keySize = PolicyRule("key-size")
    /// A certificate in the chain is signed with a hash the policy forbids.
    public static let signatureHash = PolicyRule("signature-hash")
    /// The leaf is valid for longer than the policy's maximum lifetime.
    public static let leafLifetime = PolicyRule("leaf-lifetime")
    /// The leaf carries a wildcard DNS name and the policy forbids them.
    public static let wildcardName = PolicyRule("wildcard-name")
    /// None of the leaf's identities is on the policy's allowlist.
    public static let peerIdentity = PolicyRule("peer-identity")
    /// No certificate the pinning scope allows carries a pinned key.
    public static let pin = PolicyRule("pin")

    /// The text shown to people.
    public var description: String { identifier }
}
