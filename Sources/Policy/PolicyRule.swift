/// A rule a peer's certificate chain must meet that chain verification alone does not enforce.
///
/// OpenSSL decides trust, signatures, validity periods, purpose and revocation; these rules add what a policy
/// for machine identities asks beyond that. Each has a stable identifier that scenarios name as the reason
/// they expect a refusal.
public struct PolicyRule: Sendable, Hashable, CustomStringConvertible {
    /// The stable identifier, such as `leaf-lifetime`.
    public let identifier: String

    /// Creates a rule reference from its identifier.
    public init(_ identifier: String) {
        self.identifier = identifier
    }

    /// The leaf is valid for longer than the policy's maximum lifetime.
    public static let leafLifetime = PolicyRule("leaf-lifetime")
    /// The leaf carries a wildcard DNS name and the policy forbids them.
    public static let wildcardName = PolicyRule("wildcard-name")
    /// None of the leaf's identities is on the policy's allowlist.
    public static let peerIdentity = PolicyRule("peer-identity")
    /// A key in the chain is smaller than the policy's minimum.
    public static let keySize = PolicyRule("key-size")
    /// A certificate in the chain is signed with a hash the policy forbids.
    public static let signatureHash = PolicyRule("signature-hash")
    /// The leaf claims to be a certificate authority.
    public static let leafIsCA = PolicyRule("leaf-is-ca")

    public var description: String { identifier }
}
