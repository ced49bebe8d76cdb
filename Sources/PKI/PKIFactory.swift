internal import COpenSSL
import Foundation
import Policy

/// Issues the scenario PKI's authorities, leaves and CRLs. Used once by ``ScenarioPKI/generate``.
struct PKIFactory {
    typealias Signer = (certificate: OpenSSLCertificate, key: OpenSSLKey)

    private static let hour: TimeInterval = 3_600
    private static let day: TimeInterval = 86_400

    let referenceTime: Date
    let root: Signer
    let intermediate: Signer
    let revokedIntermediate: Signer
    let staleIntermediate: Signer
    let noCRLIntermediate: Signer
    let pinnedIntermediate: Signer
    let rogueRoot: Signer
    let rogueIntermediate: Signer
    /// Leaves the intermediate's CRL must list.
    private var revokedLeaves: [OpenSSLCertificate] = []
    /// The SubjectPublicKeyInfo of every key the harness pins, DER.
    private(set) var pinnedKeys: [[UInt8]] = []

    /// How long the good leaves live: 25 hours, or less when the policy allows less.
    let goodLifetime: TimeInterval
    /// How long the long-lived variant lives: 398 days, or a day more than the policy allows.
    let longLifetime: TimeInterval

    init(referenceTime: Date, leafLifetimeLimit: TimeInterval?) throws(PKIError) {
        self.referenceTime = referenceTime
        goodLifetime = min(25 * Self.hour, leafLifetimeLimit ?? .infinity)
        longLifetime = max(398 * Self.day, (leafLifetimeLimit ?? 0) + Self.day)
        root = try Self.authority("mtls-harness Test Root CA", issuer: nil, at: referenceTime)
        intermediate = try Self.authority("mtls-harness Test Intermediate CA", issuer: root, at: referenceTime)
        revokedIntermediate = try Self.authority(
            "mtls-harness Revoked Intermediate CA", issuer: root, at: referenceTime)
        staleIntermediate = try Self.authority(
            "mtls-harness Stale-CRL Intermediate CA", issuer: root, at: referenceTime)
        noCRLIntermediate = try Self.authority("mtls-harness No-CRL Intermediate CA", issuer: root, at: referenceTime)
        pinnedIntermediate = try Self.authority("mtls-harness Pinned Intermediate CA", issuer: root, at: referenceTime)
        // The rogue hierarchy copies the trusted names exactly; only the keys differ.
        rogueRoot = try Self.authority("mtls-harness Test Root CA", issuer: nil, at: referenceTime)
        rogueIntermediate = try Self.authority(
            "mtls-harness Test Intermediate CA", issuer: rogueRoot, at: referenceTime)
    }

    private static func authority(_ name: String, issuer: Signer?, at time: Date) throws(PKIError) -> Signer {
        let key = try KeyType.ecP256.generate()
        let blueprint = CertificateBlueprint(
            commonName: name,
            notBefore: time - 30 * day,
            notAfter: time + 3_650 * day,
            extensions: [
                (NID_basic_constraints, "critical,CA:TRUE"),
                (NID_key_usage, "critical,keyCertSign,cRLSign"),
                (NID_subject_key_identifier, "hash"),
                (NID_authority_key_identifier, "keyid:always"),
            ]
        )
        return (try blueprint.issue(for: key, by: issuer), key)
    }

    /// Issues one leaf variant for a role.
    mutating func issue(
        _ variant: CertificateVariant, for role: EndpointRole, identity: String
    ) throws(PKIError) -> IssuedCredential {
        var keyType = KeyType.ecP256
        var issuer: Signer? = intermediate
        var sentAuthorities = [intermediate.certificate]
        var blueprint = leafBlueprint(for: role, identity: identity, variant: variant)
        switch variant {
        case .expired:
            blueprint.notBefore = referenceTime - 3 * Self.day
            blueprint.notAfter = referenceTime - Self.day
        case .notYetValid:
            blueprint.notBefore = referenceTime + Self.day
            blueprint.notAfter = referenceTime + 3 * Self.day
        case .revokedIntermediate:
            issuer = revokedIntermediate
            sentAuthorities = [revokedIntermediate.certificate]
        case .rogueCA:
            issuer = rogueIntermediate
            sentAuthorities = [rogueIntermediate.certificate, rogueRoot.certificate]
        case .selfSigned:
            issuer = nil
            sentAuthorities = []
        case .missingIntermediate:
            sentAuthorities = []
        case .tooLongLived:
            blueprint.notAfter = blueprint.notBefore + longLifetime
        case .rsa1024:
            keyType = .rsa1024
        case .rsa2048:
            keyType = .rsa2048
        case .sha1Signature:
            blueprint.signatureHash = .sha1
        case .staleCRL:
            issuer = staleIntermediate
            sentAuthorities = [staleIntermediate.certificate]
        case .noCRL:
            issuer = noCRLIntermediate
            sentAuthorities = [noCRLIntermediate.certificate]
        case .pinnedIntermediate:
            issuer = pinnedIntermediate
            sentAuthorities = [pinnedIntermediate.certificate]
        case .unknownCriticalExtension:
            // The contents are an ASN.1 NULL: well formed, meaningless.
            blueprint.rawExtensions.append((CertificateVariant.unknownExtensionOID, true, [0x05, 0x00]))
        default:
            break
        }
        let key = try keyType.generate()
        let leaf = try blueprint.issue(for: key, by: issuer)
        if variant == .revoked {
            revokedLeaves.append(leaf)
        }
        if variant.isPinned {
            pinnedKeys.append(key.subjectPublicKeyInfoDER())
        }
        return IssuedCredential(
            variant: variant, role: role, chain: [leaf.der()] + sentAuthorities.map { $0.der() },
            privateKey: key.pkcs8DER()
        )
    }

    private func leafBlueprint(
        for role: EndpointRole, identity: String, variant: CertificateVariant
    ) -> CertificateBlueprint {
        let purpose = (role == .server) != (variant == .wrongPurpose) ? "serverAuth" : "clientAuth"
        var names: [SubjectName] = role == .server ? [.dns(identity)] : [.uri(identity)]
        switch variant {
        case .identityNotAllowed:
            names =
                role == .server
                ? [.dns("intruder.\(Self.parentDomain(of: identity))")]
                : [.uri(Self.sibling(of: identity, "intruder"))]
        case .nameMismatch:
            names =
                role == .server
                ? [.dns("other.\(Self.parentDomain(of: identity))")] : [.uri(Self.sibling(of: identity, "other"))]
        case .twoURIs where role == .client:
            names = [.uri(identity), .uri(Self.sibling(of: identity, "other"))]
        case .foreignTrustDomain where role == .client:
            names = [.uri(Self.inForeignTrustDomain(identity))]
        case .nonSPIFFEURI where role == .client:
            names = [.uri(identity.replacingOccurrences(of: "spiffe://", with: "https://"))]
        case .wildcardName:
            let wildcard = SubjectName.dns(
                "*.\(Self.parentDomain(of: role == .server ? identity : TLSPolicy.HarnessIdentity.serverDNSName))"
            )
            names = role == .server ? [wildcard] : [.uri(identity), wildcard]
        default:
            break
        }
        var usage =
            variant == .rsa1024 || variant == .rsa2048
            ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature"
        if variant == .keyCertSign {
            usage += ",keyCertSign"
        }
        return CertificateBlueprint(
            commonName: "\(role.rawValue) \(variant.identifier)",
            // The reference time falls a twenty-fifth of the way into the validity period.
            notBefore: referenceTime - goodLifetime / 25,
            notAfter: referenceTime + goodLifetime * 24 / 25,
            extensions: [
                (NID_basic_constraints, variant == .leafIsCA ? "critical,CA:TRUE" : "critical,CA:FALSE"),
                (NID_key_usage, usage),
                (NID_ext_key_usage, purpose),
                (NID_subject_key_identifier, "hash"),
            ] + (variant == .selfSigned ? [] : [(NID_authority_key_identifier, "keyid:always")]),
            rawExtensions: [("2.5.29.17", false, SubjectName.extensionValue(names))]
        )
    }

    /// The same SPIFFE ID path in a trust domain no policy of the harness trusts.
    private static func inForeignTrustDomain(_ uri: String) -> String {
        let scheme = "spiffe://"
        let rest = uri.hasPrefix(scheme) ? uri.dropFirst(scheme.count) : Substring(uri)
        let domain = rest.prefix { $0 != "/" }
        let foreign = domain == "attacker.test" ? "attacker.invalid" : "attacker.test"
        return scheme + foreign + rest.dropFirst(domain.count)
    }

    private static func parentDomain(of name: String) -> String {
        guard let dot = name.firstIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }

    private static func sibling(of uri: String, _ last: String) -> String {
        guard let slash = uri.lastIndex(of: "/") else { return "\(uri)-\(last)" }
        return "\(uri[...slash])\(last)"
    }

    /// Issues the CRLs and returns every authority, the trusted root first, and the pinned keys, the pinned
    /// intermediate's among them.
    mutating func finish() throws(PKIError) -> [ScenarioPKI.Authority] {
        let current = CRLBlueprint(thisUpdate: referenceTime - Self.hour, nextUpdate: referenceTime + 7 * Self.day)
        var rootCRL = current
        rootCRL.revoked = [revokedIntermediate.certificate]
        var intermediateCRL = current
        intermediateCRL.revoked = revokedLeaves
        pinnedKeys.append(pinnedIntermediate.key.subjectPublicKeyInfoDER())
        let stale = CRLBlueprint(thisUpdate: referenceTime - 10 * Self.day, nextUpdate: referenceTime - 3 * Self.day)
        func entry(_ name: String, _ purpose: String, _ signer: Signer, _ crl: CRLBlueprint?) throws(PKIError)
            -> ScenarioPKI.Authority
        {
            ScenarioPKI.Authority(
                name: name, purpose: purpose, certificate: signer.certificate.der(),
                privateKey: signer.key.pkcs8DER(), crl: try crl?.issue(by: signer).der()
            )
        }
        return [
            try entry("root", "trusted root", root, rootCRL),
            try entry("intermediate", "issues the good leaves", intermediate, intermediateCRL),
            try entry("intermediate-revoked", "revoked by the root", revokedIntermediate, current),
            try entry("intermediate-stale-crl", "its CRL is past nextUpdate", staleIntermediate, stale),
            try entry("intermediate-no-crl", "publishes no CRL", noCRLIntermediate, nil),
            try entry("intermediate-pinned", "the one CA whose key is pinned", pinnedIntermediate, current),
            try entry("rogue-root", "attacker's root with the trusted root's name", rogueRoot, nil),
            try entry("rogue-intermediate", "attacker's intermediate with the real one's name", rogueIntermediate, nil),
        ]
    }
}
