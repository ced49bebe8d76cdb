import Foundation
import PKI
import Policy

/// How one TLS endpoint is set up: what it offers, what it presents and how it checks its peer.
///
/// Build the side under test with ``enforcing(_:role:credentials:trust:)``, which derives every setting from a
/// ``TLSPolicy``. Build the misbehaving side with ``insecureMisbehaving(role:credentials:)`` and then change
/// the one setting the scenario's fault is about.
public struct EndpointConfiguration: Sendable {
    /// What an enforcing endpoint trusts and how it checks the peer's chain.
    public struct PeerVerification: Sendable {
        /// The policy whose rules the chain must meet.
        public var policy: TLSPolicy
        /// Trust anchors, DER.
        public var trustAnchors: [[UInt8]]
        /// CRLs available to the verifier, DER.
        public var crls: [[UInt8]]
        /// The time verification is done at.
        public var referenceTime: Date
        /// The DNS name a client expects in the server's certificate; `nil` on a server.
        public var expectedHostName: String?

        /// Creates the verification settings.
        public init(
            policy: TLSPolicy, trustAnchors: [[UInt8]], crls: [[UInt8]], referenceTime: Date,
            expectedHostName: String?
        ) {
            self.policy = policy
            self.trustAnchors = trustAnchors
            self.crls = crls
            self.referenceTime = referenceTime
            self.expectedHostName = expectedHostName
        }
    }

    /// Client or server.
    public var role: EndpointRole
    /// The lowest version the endpoint will speak.
    public var minimumVersion: TLSVersion
    /// The highest version the endpoint will speak.
    public var maximumVersion: TLSVersion
    /// The OpenSSL cipher list for TLS 1.2 and earlier; empty to leave OpenSSL's default.
    public var cipherList: String
    /// The TLS 1.3 cipher suites, colon-separated.
    public var tls13CipherSuites: String
    /// The key exchange groups, colon-separated OpenSSL names.
    public var groups: String
    /// The signature algorithms offered and accepted, colon-separated; `nil` for OpenSSL's default.
    public var signatureAlgorithms: String?
    /// The OpenSSL security level (0 allows everything OpenSSL still implements).
    public var securityLevel: Int
    /// The certificates the endpoint presents (a server may hold one per key type); empty for none.
    public var credentials: [IssuedCredential]
    /// On a server: whether to ask for a client certificate and whether to insist on one.
    public var clientCertificate: TLSPolicy.ClientCertificate
    /// How the peer is checked; `nil` means the endpoint checks nothing.
    public var verification: PeerVerification?

    /// Creates a configuration with every setting spelled out.
    public init(
        role: EndpointRole, minimumVersion: TLSVersion, maximumVersion: TLSVersion, cipherList: String,
        tls13CipherSuites: String, groups: String, signatureAlgorithms: String?, securityLevel: Int,
        credentials: [IssuedCredential], clientCertificate: TLSPolicy.ClientCertificate,
        verification: PeerVerification?
    ) {
        self.role = role
        self.minimumVersion = minimumVersion
        self.maximumVersion = maximumVersion
        self.cipherList = cipherList
        self.tls13CipherSuites = tls13CipherSuites
        self.groups = groups
        self.signatureAlgorithms = signatureAlgorithms
        self.securityLevel = securityLevel
        self.credentials = credentials
        self.clientCertificate = clientCertificate
        self.verification = verification
    }

    /// An endpoint that enforces a policy.
    ///
    /// - Parameters:
    ///   - policy: The policy; its versions, ciphers, groups, signature algorithms, client certificate
    ///     demand and chain rules all apply.
    ///   - role: Client or server.
    ///   - credentials: What the endpoint presents.
    ///   - trust: The trust anchors, CRLs, reference time and, on a client, the server name to expect.
    public static func enforcing(
        _ policy: TLSPolicy, role: EndpointRole, credentials: [IssuedCredential], trust: PeerVerification
    ) -> EndpointConfiguration {
        EndpointConfiguration(
            role: role,
            minimumVersion: policy.minimumVersion,
            maximumVersion: policy.maximumVersion,
            cipherList: policy.tls12CipherSuites.joined(separator: ":"),
            tls13CipherSuites: policy.tls13CipherSuites.joined(separator: ":"),
            groups: policy.groups.joined(separator: ":"),
            signatureAlgorithms: policy.signatureAlgorithms.map(AlgorithmNames.openSSLSignatureAlgorithm)
                .joined(separator: ":"),
            securityLevel: policy.openSSLSecurityLevel,
            credentials: credentials,
            clientCertificate: role == .server ? policy.clientCertificate : .none,
            verification: trust
        )
    }

    /// An endpoint outside any policy, for the side of a scenario that misbehaves. It offers what a modern
    /// endpoint offers (TLS 1.2-1.3, ECDHE with AEAD, SHA-2 signatures), so that a scenario's fault is the only
    /// thing wrong with it; but it runs at security level 0, so that a fault may load a weak certificate or
    /// offer a broken version or cipher, and it verifies nothing about its peer.
    ///
    /// - Warning: This endpoint accepts any peer. It exists to attack the endpoint under test and must never
    ///   carry real traffic.
    public static func insecureMisbehaving(
        role: EndpointRole, credentials: [IssuedCredential]
    ) -> EndpointConfiguration {
        EndpointConfiguration(
            role: role,
            minimumVersion: .tls1_2,
            maximumVersion: .tls1_3,
            cipherList: "ECDHE+AESGCM:ECDHE+CHACHA20",
            tls13CipherSuites: "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256",
            groups: "X25519:P-256:P-384",
            signatureAlgorithms: [
                "ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ed25519", "rsa_pss_rsae_sha256",
                "rsa_pss_rsae_sha384", "rsa_pkcs1_sha256", "rsa_pkcs1_sha384",
            ].joined(separator: ":"),
            securityLevel: 0,
            credentials: credentials,
            clientCertificate: .none,
            verification: nil
        )
    }
}
