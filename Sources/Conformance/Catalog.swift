import PKI
import Policy
import TLS

/// Every scenario the harness runs, one entry per attack: who misbehaves, the fault, its harmless twin and the
/// refusal the endpoint under test must produce. Identifiers are stable; new scenarios get new identifiers.
public enum Catalog {
    /// A modern client or server: TLS 1.2 and 1.3 on offer. The twin of the version faults.
    static let modernVersions = Fault.offersVersions(.tls1_2, .tls1_3)
    /// One AEAD suite with forward secrecy at TLS 1.2. The twin of the cipher faults.
    static let goodCipher = Fault.offersCiphers("ECDHE-ECDSA-AES128-GCM-SHA256")
    /// The good certificate. The twin of the certificate faults.
    static let goodCertificate = Fault.presents(.valid)

    /// The whole catalog, in the order reports list it.
    public static let all: [Scenario] = baselines + clientMisbehaves + serverMisbehaves

    static let baselines: [Scenario] = [
        Scenario("baseline.mtls", .baseline, misbehaving: .client, fault: .none, twin: nil, expect: .accepted)
    ]

    /// The client misbehaves; the server's policy is under test.
    static let clientMisbehaves: [Scenario] = [
        Scenario(
            "client.offers-tls1.0", .protocolVersion, misbehaving: .client,
            fault: .offersVersions(.tls1_0, .tls1_0), twin: modernVersions, expect: .refused(.protocolVersion)),
        Scenario(
            "client.offers-tls1.1", .protocolVersion, misbehaving: .client,
            fault: .offersVersions(.tls1_1, .tls1_1), twin: modernVersions, expect: .refused(.protocolVersion)),
        Scenario(
            "client.null-ciphers", .cipher, misbehaving: .client,
            fault: .offersCiphers("eNULL"), twin: goodCipher, expect: .refused(.handshakeFailure)),
        Scenario(
            "client.anonymous-ciphers", .cipher, misbehaving: .client,
            fault: .offersCiphers("aNULL:!eNULL"), twin: goodCipher, expect: .refused(.handshakeFailure)),
        Scenario(
            "client.static-rsa", .cipher, misbehaving: .client,
            fault: .offersCiphers("kRSA:!eNULL"), twin: goodCipher, expect: .refused(.handshakeFailure)),
        Scenario(
            "client.cbc-sha1", .cipher, misbehaving: .client,
            fault: .offersCiphers("ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES128-SHA"),
            twin: goodCipher, expect: .refused(.handshakeFailure)),
        Scenario(
            "client.sha1-sigalgs", .cipher, misbehaving: .client,
            fault: .offersSignatureAlgorithms("ECDSA+SHA1:RSA+SHA1"),
            twin: .offersSignatureAlgorithms("ECDSA+SHA256"), expect: .refused(.handshakeFailure)),
        Scenario(
            "client.no-certificate", .identity, misbehaving: .client,
            fault: .presentsNoCertificate, twin: goodCertificate,
            expect: .refused(.certificateRequired, belowTLS13: .handshakeFailure)),
        Scenario(
            "client.expired-cert", .chain, misbehaving: .client, fault: .presents(.expired),
            twin: goodCertificate, expect: .refused(.certificateExpired, verification: .certificateHasExpired)),
        Scenario(
            "client.not-yet-valid-cert", .chain, misbehaving: .client, fault: .presents(.notYetValid),
            twin: goodCertificate, expect: .refused(.badCertificate, verification: .certificateNotYetValid)),
        Scenario(
            "client.revoked-cert", .revocation, misbehaving: .client, fault: .presents(.revoked),
            twin: goodCertificate, expect: .refused(.certificateRevoked, verification: .certificateRevoked)),
        Scenario(
            "client.revoked-intermediate", .revocation, misbehaving: .client,
            fault: .presents(.revokedIntermediate), twin: goodCertificate,
            expect: .refused(.certificateRevoked, verification: .certificateRevoked)),
        Scenario(
            "client.rogue-ca", .chain, misbehaving: .client, fault: .presents(.rogueCA),
            twin: goodCertificate, expect: .refused(.unknownCA, verification: .selfSignedInChain)),
        Scenario(
            "client.self-signed", .chain, misbehaving: .client, fault: .presents(.selfSigned),
            twin: goodCertificate, expect: .refused(.unknownCA, verification: .depthZeroSelfSigned)),
        Scenario(
            "client.server-eku-only", .chain, misbehaving: .client, fault: .presents(.wrongPurpose),
            twin: goodCertificate, expect: .refused(.unsupportedCertificate, verification: .invalidPurpose)),
        Scenario(
            "client.missing-intermediate", .chain, misbehaving: .client,
            fault: .presents(.missingIntermediate), twin: goodCertificate,
            expect: .refused(.unknownCA, verification: .unableToGetIssuerLocally)),
        Scenario(
            "client.long-lived-cert", .chain, misbehaving: .client, fault: .presents(.tooLongLived),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .leafLifetime)),
        Scenario(
            "client.rsa-1024", .chain, misbehaving: .client, fault: .presents(.rsa1024),
            twin: .presents(.rsa2048), expect: .refused(.badCertificate, verification: .endEntityKeyTooSmall)),
        Scenario(
            "client.sha1-signature", .chain, misbehaving: .client, fault: .presents(.sha1Signature),
            twin: goodCertificate, expect: .refused(.badCertificate, verification: .caDigestTooWeak)),
        Scenario(
            "client.identity-not-allowed", .identity, misbehaving: .client,
            fault: .presents(.identityNotAllowed), twin: goodCertificate,
            expect: .refused(.badCertificate, rule: .peerIdentity)),
        Scenario(
            "client.leaf-ca-true", .chain, misbehaving: .client, fault: .presents(.leafIsCA),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .leafIsCA)),
        Scenario(
            "client.stale-crl", .revocation, misbehaving: .client, fault: .presents(.staleCRL),
            twin: goodCertificate, expect: .refused(.certificateExpired, verification: .crlHasExpired)),
        Scenario(
            "client.no-crl", .revocation, misbehaving: .client, fault: .presents(.noCRL),
            twin: goodCertificate, expect: .refused(.unknownCA, verification: .unableToGetCRL)),
        Scenario(
            "client.pin-mismatch", .pinning, misbehaving: .client, fault: .presents(.unpinnedKey),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .pin)),
        Scenario(
            "client.pin-on-intermediate", .pinning, misbehaving: .client,
            fault: .presents(.pinnedIntermediate), twin: goodCertificate,
            expect: .refusedUnlessChainPinning(.rule(.badCertificate, .pin))),
        Scenario(
            "client.two-uri-sans", .identity, misbehaving: .client, fault: .presents(.twoURIs),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .svidURICount)),
        Scenario(
            "client.foreign-trust-domain", .identity, misbehaving: .client,
            fault: .presents(.foreignTrustDomain), twin: goodCertificate,
            expect: .refused(.badCertificate, rule: .svidTrustDomain)),
        Scenario(
            "client.non-spiffe-uri", .identity, misbehaving: .client, fault: .presents(.nonSPIFFEURI),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .svidScheme)),
        Scenario(
            "client.unknown-critical-extension", .chain, misbehaving: .client,
            fault: .presents(.unknownCriticalExtension), twin: goodCertificate,
            expect: .refused(.badCertificate, rule: .unknownCriticalExtension)),
        // OpenSSL's strict mode refuses keyCertSign on a non-CA before the policy's leaf-key-usage rule runs.
        Scenario(
            "client.leaf-keycertsign", .chain, misbehaving: .client, fault: .presents(.keyCertSign),
            twin: goodCertificate, expect: .refused(.certificateUnknown, verification: .keyCertSignForNonCA)),
    ]

    /// The server misbehaves; the client's policy is under test.
    static let serverMisbehaves: [Scenario] = [
        Scenario(
            "server.answers-tls1.0", .protocolVersion, misbehaving: .server,
            fault: .answersWithVersion(.tls1_0), twin: .answersWithVersion(.tls1_2),
            expect: .refused(.protocolVersion)),
        Scenario(
            "server.answers-tls1.1", .protocolVersion, misbehaving: .server,
            fault: .answersWithVersion(.tls1_1), twin: .answersWithVersion(.tls1_2),
            expect: .refused(.protocolVersion)),
        Scenario(
            "server.expired-cert", .chain, misbehaving: .server, fault: .presents(.expired),
            twin: goodCertificate, expect: .refused(.certificateExpired, verification: .certificateHasExpired)),
        Scenario(
            "server.not-yet-valid-cert", .chain, misbehaving: .server, fault: .presents(.notYetValid),
            twin: goodCertificate, expect: .refused(.badCertificate, verification: .certificateNotYetValid)),
        Scenario(
            "server.revoked-cert", .revocation, misbehaving: .server, fault: .presents(.revoked),
            twin: goodCertificate, expect: .refused(.certificateRevoked, verification: .certificateRevoked)),
        Scenario(
            "server.rogue-ca", .chain, misbehaving: .server, fault: .presents(.rogueCA),
            twin: goodCertificate, expect: .refused(.unknownCA, verification: .selfSignedInChain)),
        Scenario(
            "server.self-signed", .chain, misbehaving: .server, fault: .presents(.selfSigned),
            twin: goodCertificate, expect: .refused(.unknownCA, verification: .depthZeroSelfSigned)),
        Scenario(
            "server.name-mismatch", .identity, misbehaving: .server, fault: .presents(.nameMismatch),
            twin: goodCertificate, expect: .refused(.badCertificate, verification: .hostnameMismatch)),
        Scenario(
            "server.wildcard-name", .identity, misbehaving: .server, fault: .presents(.wildcardName),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .wildcardName)),
        Scenario(
            "server.client-eku-only", .chain, misbehaving: .server, fault: .presents(.wrongPurpose),
            twin: goodCertificate, expect: .refused(.unsupportedCertificate, verification: .invalidPurpose)),
        Scenario(
            "server.missing-intermediate", .chain, misbehaving: .server,
            fault: .presents(.missingIntermediate), twin: goodCertificate,
            expect: .refused(.unknownCA, verification: .unableToGetIssuerLocally)),
        Scenario(
            "server.long-lived-cert", .chain, misbehaving: .server, fault: .presents(.tooLongLived),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .leafLifetime)),
        Scenario(
            "server.rsa-1024", .chain, misbehaving: .server, fault: .presents(.rsa1024),
            twin: .presents(.rsa2048), expect: .refused(.badCertificate, verification: .endEntityKeyTooSmall)),
        Scenario(
            "server.sha1-signature", .chain, misbehaving: .server, fault: .presents(.sha1Signature),
            twin: goodCertificate, expect: .refused(.badCertificate, verification: .caDigestTooWeak)),
        Scenario(
            "server.stale-crl", .revocation, misbehaving: .server, fault: .presents(.staleCRL),
            twin: goodCertificate, expect: .refused(.certificateExpired, verification: .crlHasExpired)),
        Scenario(
            "server.pin-mismatch", .pinning, misbehaving: .server, fault: .presents(.unpinnedKey),
            twin: goodCertificate, expect: .refused(.badCertificate, rule: .pin)),
        Scenario(
            "server.pin-on-intermediate", .pinning, misbehaving: .server,
            fault: .presents(.pinnedIntermediate), twin: goodCertificate,
            expect: .refusedUnlessChainPinning(.rule(.badCertificate, .pin))),
        Scenario(
            "server.unknown-critical-extension", .chain, misbehaving: .server,
            fault: .presents(.unknownCriticalExtension), twin: goodCertificate,
            expect: .refused(.badCertificate, rule: .unknownCriticalExtension)),
        // As for the client: OpenSSL's strict mode fires before the policy's leaf-key-usage rule.
        Scenario(
            "server.leaf-keycertsign", .chain, misbehaving: .server, fault: .presents(.keyCertSign),
            twin: goodCertificate, expect: .refused(.certificateUnknown, verification: .keyCertSignForNonCA)),
    ]
}
