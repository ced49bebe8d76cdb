/// What an endpoint accepts from its peer: the TLS parameters it negotiates and the rules a peer's certificate
/// chain must meet.
///
/// A policy is applied to the side under test; the other side of a scenario misbehaves. Load one from JSON
/// with ``TLSPolicy/load(contentsOf:)`` or take a preset from ``TLSPolicy/preset(named:)``. A policy that
/// was validated never contradicts itself: the minimum version is not above the maximum, and each allowed
/// version has something to negotiate.
public struct TLSPolicy: Sendable, Hashable {
    /// Whether the server demands a certificate from the client.
    public enum ClientCertificate: String, Sendable, Hashable, CaseIterable {
        /// The server asks for a certificate and refuses the handshake without one.
        case required
        /// The server asks for a certificate and verifies it when one is sent, but accepts none.
        case optional
        /// The server does not ask.
        case none
    }

    /// How certificate revocation is checked.
    public enum Revocation: String, Sendable, Hashable, CaseIterable {
        /// Every certificate in the chain must be covered by a current CRL from its issuer; a missing or stale
        /// CRL fails the handshake.
        case crlHardFail = "crl-hard-fail"
        /// CRLs are checked for every certificate that has one; a missing CRL is ignored, a stale one is not.
        case crlSoftFail = "crl-soft-fail"
        /// Revocation is not checked.
        case off
    }

    /// Peer identities a policy accepts. Empty lists accept any identity that verifies.
    public struct PeerIdentities: Sendable, Hashable {
        /// DNS names, matched exactly (case-insensitive) against the peer's DNS subject alternative names.
        public var dnsNames: [String]
        /// URIs (SPIFFE IDs among them), matched exactly against the peer's URI subject alternative names.
        public var uris: [String]

        /// Creates an identity allowlist.
        public init(dnsNames: [String] = [], uris: [String] = []) {
            self.dnsNames = dnsNames
            self.uris = uris
        }

        /// Whether the allowlist accepts any identity.
        public var acceptsAnyIdentity: Bool { dnsNames.isEmpty && uris.isEmpty }
    }

    /// A short name shown in reports.
    public var name: String
    /// The lowest protocol version accepted.
    public var minimumVersion: TLSVersion
    /// The highest protocol version accepted.
    public var maximumVersion: TLSVersion
    /// TLS 1.2 and earlier cipher suites, by OpenSSL name, in order of preference.
    public var tls12CipherSuites: [String]
    /// TLS 1.3 cipher suites, by RFC 8446 name, in order of preference.
    public var tls13CipherSuites: [String]
    /// Key exchange groups, by OpenSSL name.
    public var groups: [String]
    /// Signature schemes accepted in the handshake, by RFC 8446 name.
    public var signatureAlgorithms: [String]
    /// Whether the server demands a client certificate.
    public var clientCertificate: ClientCertificate
    /// How revocation is checked.
    public var revocation: Revocation
    /// The longest a leaf certificate may be valid, from notBefore to notAfter, in seconds; `nil` for no limit.
    public var maximumLeafLifetime: Int?
    /// Whether a peer may present a wildcard DNS name (`*.example.com`).
    public var allowsWildcardNames: Bool
    /// The smallest RSA modulus accepted anywhere in the peer's chain, in bits.
    public var minimumRSAKeyBits: Int
    /// The smallest elliptic curve accepted anywhere in the peer's chain, in bits.
    public var minimumECKeyBits: Int
    /// Hashes that no certificate signature in the chain (trust anchors' self-signatures aside) and no
    /// handshake signature may use.
    public var forbiddenSignatureHashes: [String]
    /// Peer identities the policy accepts.
    public var allowedPeerIdentities: PeerIdentities
    /// SPIFFE trust domains (such as `example.org`) whose X509-SVIDs the policy accepts. When not empty, a
    /// client certificate must be an X509-SVID of one of them, and a server certificate that carries a
    /// `spiffe://` URI must be one too.
    public var spiffeTrustDomains: [String]
    /// Which keys the peer's chain must carry.
    public var pinning: Pinning
    /// Turns off certificate chain verification entirely.
    ///
    /// - Warning: With this set any certificate is accepted: expired, revoked, self-signed or issued by an
    ///   attacker's CA. It exists so that the `insecure-permissive` preset can prove each scenario can fail.
    public var dangerouslyAcceptAnyCertificate: Bool

    /// Creates a policy. Call ``validate()`` before using one built by hand.
    public init(
        name: String,
        minimumVersion: TLSVersion,
        maximumVersion: TLSVersion,
        tls12CipherSuites: [String],
        tls13CipherSuites: [String],
        groups: [String],
        signatureAlgorithms: [String],
        clientCertificate: ClientCertificate,
        revocation: Revocation,
        maximumLeafLifetime: Int?,
        allowsWildcardNames: Bool,
        minimumRSAKeyBits: Int,
        minimumECKeyBits: Int,
        forbiddenSignatureHashes: [String],
        allowedPeerIdentities: PeerIdentities,
        spiffeTrustDomains: [String] = [],
        pinning: Pinning = .off,
        dangerouslyAcceptAnyCertificate: Bool = false
    ) {
        self.name = name
        self.minimumVersion = minimumVersion
        self.maximumVersion = maximumVersion
        self.tls12CipherSuites = tls12CipherSuites
        self.tls13CipherSuites = tls13CipherSuites
        self.groups = groups
        self.signatureAlgorithms = signatureAlgorithms
        self.clientCertificate = clientCertificate
        self.revocation = revocation
        self.maximumLeafLifetime = maximumLeafLifetime
        self.allowsWildcardNames = allowsWildcardNames
        self.minimumRSAKeyBits = minimumRSAKeyBits
        self.minimumECKeyBits = minimumECKeyBits
        self.forbiddenSignatureHashes = forbiddenSignatureHashes
        self.allowedPeerIdentities = allowedPeerIdentities
        self.spiffeTrustDomains = spiffeTrustDomains
        self.pinning = pinning
        self.dangerouslyAcceptAnyCertificate = dangerouslyAcceptAnyCertificate
    }

    /// The versions the policy allows, lowest first.
    public var allowedVersions: [TLSVersion] {
        TLSVersion.allCases.filter { $0 >= minimumVersion && $0 <= maximumVersion }
    }

    /// Whether the policy allows a version.
    public func allows(_ version: TLSVersion) -> Bool {
        version >= minimumVersion && version <= maximumVersion
    }

    /// The OpenSSL security level that matches the policy's key size and hash floors: 2 when SHA-1 is
    /// forbidden and keys are at least 2048-bit RSA and 224-bit EC, 1 when MD5 is forbidden and keys are at
    /// least 1024-bit RSA and 160-bit EC, otherwise 0. TLS 1.0 and 1.1 need level 0 in OpenSSL 3.
    public var openSSLSecurityLevel: Int {
        let forbidden = Set(forbiddenSignatureHashes)
        if minimumVersion < .tls1_2 { return 0 }
        if forbidden.contains("SHA1") && minimumRSAKeyBits >= 2048 && minimumECKeyBits >= 224 { return 2 }
        if forbidden.contains("MD5") && minimumRSAKeyBits >= 1024 && minimumECKeyBits >= 160 { return 1 }
        return 0
    }
}
