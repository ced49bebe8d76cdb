import Policy

/// One kind of leaf certificate the scenario PKI issues: the good one, or one that carries exactly one fault.
///
/// Each variant is issued for both roles: a client certificate (a SPIFFE ID, clientAuth) and a server
/// certificate (a DNS name, serverAuth), so that both sides' policies can be tested with it.
public struct CertificateVariant: Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier used in file names and scenario definitions, such as `expired`.
    public let identifier: String
    /// The fault the variant carries, in a few words; empty for the good certificate.
    public let fault: String

    /// The good certificate: ECDSA P-256, issued by the intermediate, valid for a day around the reference
    /// time, the role's identity and extended key usage, covered by a current CRL.
    public static let valid = CertificateVariant(identifier: "valid", fault: "")
    /// Validity ended a day before the reference time.
    public static let expired = CertificateVariant(identifier: "expired", fault: "notAfter is a day in the past")
    /// Validity starts a day after the reference time.
    public static let notYetValid = CertificateVariant(
        identifier: "not-yet-valid", fault: "notBefore is a day in the future"
    )
    /// Listed in the intermediate's current CRL.
    public static let revoked = CertificateVariant(identifier: "revoked", fault: "serial listed in the issuer's CRL")
    /// Issued by a second intermediate that the root's CRL lists as revoked.
    public static let revokedIntermediate = CertificateVariant(
        identifier: "revoked-intermediate", fault: "issued by an intermediate the root has revoked"
    )
    /// Issued through a rogue root that copies the trusted root's name but has its own key.
    public static let rogueCA = CertificateVariant(
        identifier: "rogue-ca", fault: "chain ends in a rogue root with the trusted root's name"
    )
    /// Signed by its own key.
    public static let selfSigned = CertificateVariant(identifier: "self-signed", fault: "self-signed leaf")
    /// The other role's extended key usage only (serverAuth on a client certificate and the reverse).
    public static let wrongPurpose = CertificateVariant(
        identifier: "wrong-eku", fault: "extended key usage for the other role only"
    )
    /// The good certificate sent without its intermediate.
    public static let missingIntermediate = CertificateVariant(
        identifier: "missing-intermediate", fault: "chain sent without the intermediate"
    )
    /// Valid for 398 days, longer than any preset allows.
    public static let tooLongLived = CertificateVariant(
        identifier: "long-lived", fault: "valid longer than the policy allows (398 days at least)"
    )
    /// An RSA key of 1024 bits.
    public static let rsa1024 = CertificateVariant(identifier: "rsa-1024", fault: "1024-bit RSA key")
    /// An RSA key of 2048 bits: the accepted twin of ``rsa1024``.
    public static let rsa2048 = CertificateVariant(identifier: "rsa-2048", fault: "")
    /// Signed by the intermediate with ECDSA and SHA-1.
    public static let sha1Signature = CertificateVariant(identifier: "sha1-signature", fault: "signed with SHA-1")
    /// A valid chain for an identity no policy allows.
    public static let identityNotAllowed = CertificateVariant(
        identifier: "identity-not-allowed", fault: "identity outside the allowlist"
    )
    /// A server certificate for another DNS name (a client certificate for another SPIFFE ID).
    public static let nameMismatch = CertificateVariant(identifier: "name-mismatch", fault: "names another host")
    /// A server certificate for a wildcard DNS name that covers the expected name.
    public static let wildcardName = CertificateVariant(identifier: "wildcard", fault: "wildcard DNS name")
    /// A leaf whose basic constraints say CA:TRUE.
    public static let leafIsCA = CertificateVariant(identifier: "leaf-ca-true", fault: "leaf with CA:TRUE")
    /// Issued by an intermediate whose CRL is past its nextUpdate.
    public static let staleCRL = CertificateVariant(
        identifier: "stale-crl", fault: "issuer's CRL is past its nextUpdate"
    )
    /// Issued by an intermediate that publishes no CRL.
    public static let noCRL = CertificateVariant(identifier: "no-crl", fault: "issuer publishes no CRL")

    /// A good certificate for a key the harness never pinned.
    public static let unpinnedKey = CertificateVariant(identifier: "unpinned-key", fault: "key not pinned")
    /// A good certificate for an unpinned key, issued by the one intermediate whose key is pinned.
    public static let pinnedIntermediate = CertificateVariant(
        identifier: "pinned-intermediate", fault: "only the intermediate's key is pinned"
    )
    /// Two URI names: the client's SPIFFE ID and another.
    public static let twoURIs = CertificateVariant(identifier: "two-uris", fault: "two URI names")
    /// A SPIFFE ID in a trust domain the policy does not trust.
    public static let foreignTrustDomain = CertificateVariant(
        identifier: "foreign-trust-domain", fault: "SPIFFE ID from a foreign trust domain"
    )
    /// A URI name that is not a SPIFFE ID.
    public static let nonSPIFFEURI = CertificateVariant(identifier: "non-spiffe-uri", fault: "https URI, not spiffe")
    /// A critical extension no one understands.
    public static let unknownCriticalExtension = CertificateVariant(
        identifier: "unknown-critical-extension", fault: "unknown critical extension"
    )
    /// A leaf (CA:FALSE) whose key usage asserts keyCertSign.
    public static let keyCertSign = CertificateVariant(identifier: "leaf-keycertsign", fault: "leaf with keyCertSign")

    /// The private-enterprise OID of the unknown critical extension (a number no one has assigned meaning to
    /// in this arc): 1.3.6.1.4.1.55555.1.1.
    public static let unknownExtensionOID = "1.3.6.1.4.1.55555.1.1"

    /// Every variant the PKI issues.
    public static let all: [CertificateVariant] = [
        .valid, .expired, .notYetValid, .revoked, .revokedIntermediate, .rogueCA, .selfSigned, .wrongPurpose,
        .missingIntermediate, .tooLongLived, .rsa1024, .rsa2048, .sha1Signature, .identityNotAllowed,
        .nameMismatch, .wildcardName, .leafIsCA, .staleCRL, .noCRL, .unpinnedKey, .pinnedIntermediate, .twoURIs,
        .foreignTrustDomain, .nonSPIFFEURI, .unknownCriticalExtension, .keyCertSign,
    ]

    /// The roles the variant is issued for: the SPIFFE faults exist only on client certificates, since server
    /// certificates carry a DNS name.
    public var roles: Set<EndpointRole> {
        [.twoURIs, .foreignTrustDomain, .nonSPIFFEURI].contains(self) ? [.client] : [.client, .server]
    }

    /// Whether the harness pins this variant's key. Every leaf is pinned except the two whose fault is about
    /// pinning.
    public var isPinned: Bool { self != .unpinnedKey && self != .pinnedIntermediate }

    /// The text shown to people.
    public var description: String { identifier }
}
