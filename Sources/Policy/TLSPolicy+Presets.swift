extension TLSPolicy {
    /// The identities the harness's own scenario PKI gives its server and client, which the `nhi-strict`
    /// preset allows by name.
    public enum HarnessIdentity {
        /// The DNS name on the harness's server certificate.
        public static let serverDNSName = "server.mtls-harness.test"
        /// The SPIFFE trust domain of the harness's client identities.
        public static let trustDomain = "mtls-harness.test"
        /// The SPIFFE ID on the harness's client certificate.
        public static let clientURI = "spiffe://mtls-harness.test/workload/client"
    }

    /// The names of the built-in presets, the default first.
    public static let presetNames = ["nhi-strict", "mozilla-modern", "mozilla-intermediate", "insecure-permissive"]

    /// Returns a built-in preset.
    ///
    /// - Throws: ``PolicyError`` with code ``PolicyError/Code/unknownPreset`` for a name not in
    ///   ``presetNames``.
    public static func preset(named name: String) throws(PolicyError) -> TLSPolicy {
        switch name {
        case "nhi-strict": return .nhiStrict
        case "mozilla-modern": return .mozillaModern
        case "mozilla-intermediate": return .mozillaIntermediate
        case "insecure-permissive": return .insecurePermissive
        default:
            let known = presetNames.joined(separator: ", ")
            throw PolicyError(.unknownPreset, "unknown preset '\(name)' (presets: \(known))")
        }
    }

    private static let modernTLS13Suites = [
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
    ]
    private static let modernGroups = ["X25519", "P-256", "P-384"]
    private static let ecdheAEADSuites = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ]
    private static let sha2SignatureAlgorithms = [
        "ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ecdsa_secp521r1_sha512", "ed25519",
        "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512",
        "rsa_pkcs1_sha256", "rsa_pkcs1_sha384", "rsa_pkcs1_sha512",
    ]

    /// For machine identities: TLS 1.2-1.3, ECDHE with AEAD only, X25519/P-256/P-384, no SHA-1, client
    /// certificates required, hard-fail CRL checking of the whole chain, leaves valid at most 7 days, no
    /// wildcard names, RSA of 2048 bits or more, EC of 256 bits or more, only the harness's identities, client
    /// certificates that are X509-SVIDs of the harness's trust domain, and leaf keys pinned.
    public static let nhiStrict = TLSPolicy(
        name: "nhi-strict",
        minimumVersion: .tls1_2,
        maximumVersion: .tls1_3,
        tls12CipherSuites: ecdheAEADSuites,
        tls13CipherSuites: modernTLS13Suites,
        groups: modernGroups,
        signatureAlgorithms: sha2SignatureAlgorithms,
        clientCertificate: .required,
        revocation: .crlHardFail,
        maximumLeafLifetime: 7 * 86_400,
        allowsWildcardNames: false,
        minimumRSAKeyBits: 2048,
        minimumECKeyBits: 256,
        forbiddenSignatureHashes: ["SHA1", "MD5"],
        allowedPeerIdentities: PeerIdentities(
            dnsNames: [HarnessIdentity.serverDNSName], uris: [HarnessIdentity.clientURI]
        ),
        spiffeTrustDomains: [HarnessIdentity.trustDomain],
        pinning: Pinning(scope: .leaf)
    )

    /// Mozilla's "modern" server configuration (guidelines version 5.7): TLS 1.3 only, 90-day certificates.
    /// The guidelines do not cover client certificates; this preset verifies one when it is sent.
    public static let mozillaModern = TLSPolicy(
        name: "mozilla-modern",
        minimumVersion: .tls1_3,
        maximumVersion: .tls1_3,
        tls12CipherSuites: [],
        tls13CipherSuites: modernTLS13Suites,
        groups: modernGroups,
        signatureAlgorithms: sha2SignatureAlgorithms,
        clientCertificate: .optional,
        revocation: .off,
        maximumLeafLifetime: 90 * 86_400,
        allowsWildcardNames: true,
        minimumRSAKeyBits: 2048,
        minimumECKeyBits: 256,
        forbiddenSignatureHashes: ["SHA1", "MD5"],
        allowedPeerIdentities: PeerIdentities()
    )

    /// Mozilla's "intermediate" server configuration (guidelines version 5.7): TLS 1.2-1.3, ECDHE and DHE with
    /// AEAD, 366-day certificates. The guidelines do not cover client certificates; this preset verifies one
    /// when it is sent.
    public static let mozillaIntermediate = TLSPolicy(
        name: "mozilla-intermediate",
        minimumVersion: .tls1_2,
        maximumVersion: .tls1_3,
        tls12CipherSuites: ecdheAEADSuites + [
            "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305",
        ],
        tls13CipherSuites: modernTLS13Suites,
        groups: modernGroups,
        signatureAlgorithms: sha2SignatureAlgorithms,
        clientCertificate: .optional,
        revocation: .off,
        maximumLeafLifetime: 366 * 86_400,
        allowsWildcardNames: true,
        minimumRSAKeyBits: 2048,
        minimumECKeyBits: 256,
        forbiddenSignatureHashes: ["SHA1", "MD5"],
        allowedPeerIdentities: PeerIdentities()
    )

    /// Accepts everything the other presets refuse: TLS 1.0 and up, NULL and anonymous ciphers, any
    /// certificate, no client certificate. It exists only to prove that every rejecting scenario can fail.
    ///
    /// - Warning: Never use this policy for a real endpoint.
    public static let insecurePermissive = TLSPolicy(
        name: "insecure-permissive",
        minimumVersion: .tls1_0,
        maximumVersion: .tls1_3,
        tls12CipherSuites: AlgorithmNames.tls12CipherSuites.map(\.name),
        tls13CipherSuites: AlgorithmNames.tls13CipherSuites.keys.sorted(),
        groups: AlgorithmNames.groups.keys.sorted(),
        signatureAlgorithms: AlgorithmNames.signatureAlgorithms.keys.sorted(),
        clientCertificate: .none,
        revocation: .off,
        maximumLeafLifetime: nil,
        allowsWildcardNames: true,
        minimumRSAKeyBits: 0,
        minimumECKeyBits: 0,
        forbiddenSignatureHashes: [],
        allowedPeerIdentities: PeerIdentities(),
        dangerouslyAcceptAnyCertificate: true
    )
}
