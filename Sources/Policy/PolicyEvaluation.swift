import Foundation
import X509

/// The outcome of checking a verified chain against a policy's rules.
public enum PolicyEvaluation: Sendable {
    /// Every rule is met.
    case meets
    /// A rule is not met. The reason is built only when someone asks for it.
    case fails(PolicyRule, reason: @Sendable () -> String)

    /// The rule that failed, or `nil` when every rule is met.
    public var failedRule: PolicyRule? {
        if case .fails(let rule, _) = self { return rule }
        return nil
    }
}

extension TLSPolicy {
    /// Checks a chain that chain verification already accepted against the rules OpenSSL does not enforce.
    ///
    /// The rules run in this order, and the first that fails decides: leaf is a CA, unknown critical
    /// extension, leaf key usage, the X509-SVID rules, key size, signature hash, leaf lifetime, wildcard name,
    /// peer identity, pin.
    ///
    /// - Parameters:
    ///   - chain: The verified chain, leaf first and trust anchor last, read by the project's reader.
    ///   - peer: The role of the endpoint that presented the chain.
    public func evaluate(chain: [Certificate], peer: EndpointRole) -> PolicyEvaluation {
        guard let leaf = chain.first else {
            return .fails(.peerIdentity, reason: { "the peer presented no certificate" })
        }
        do {
            return try evaluateRules(chain, leaf: leaf, peer: peer)
        } catch {
            return .fails(.unreadableCertificate, reason: { "an extension cannot be read: \(error.reason)" })
        }
    }

    private func evaluateRules(
        _ chain: [Certificate], leaf: Certificate, peer: EndpointRole
    ) throws(X509Error) -> PolicyEvaluation {
        let subject = leaf.subject.description
        if try leaf.extensions.basicConstraints?.isCA == true {
            return .fails(.leafIsCA, reason: { "the leaf '\(subject)' has basic constraints CA:TRUE" })
        }
        for certificate in chain {
            if let unknown = certificate.extensions.unhandledCritical.first {
                let name = certificate.subject.description
                return .fails(
                    .unknownCriticalExtension,
                    reason: { "'\(name)' has a critical extension \(unknown.oid) the policy does not understand" }
                )
            }
        }
        let usage = try leaf.extensions.keyUsage
        if let usage, !usage.isDisjoint(with: [.keyCertSign, .cRLSign]) {
            return .fails(.leafKeyUsage, reason: { "the leaf '\(subject)' asserts \(usage), which only CAs may" })
        }
        if let failure = try svidFailure(leaf, usage: usage, peer: peer) {
            return failure
        }
        if let failure = keySizeFailure(chain) {
            return failure
        }
        // The trust anchor's self-signature is never checked by anyone, so its hash does not matter.
        let forbidden = Set(forbiddenSignatureHashes)
        for certificate in chain.dropLast(chain.count > 1 ? 1 : 0) {
            if let hash = certificate.signatureAlgorithm.signatureHash, forbidden.contains(hash) {
                let name = certificate.subject.description
                return .fails(.signatureHash, reason: { "'\(name)' is signed with \(hash)" })
            }
        }
        if let limit = maximumLeafLifetime {
            let lifetime = leaf.notAfter.timeIntervalSince(leaf.notBefore)
            if lifetime > Double(limit) {
                return .fails(
                    .leafLifetime,
                    reason: {
                        "the leaf is valid for \(Self.days(lifetime)) days, more than \(Self.days(Double(limit)))"
                    }
                )
            }
        }
        let names = try leaf.extensions.subjectAlternativeNames ?? []
        let dnsNames = names.compactMap { if case .dnsName(let name) = $0 { name } else { nil } }
        let uris = names.compactMap { if case .uniformResourceIdentifier(let uri) = $0 { uri } else { nil } }
        if !allowsWildcardNames, let wildcard = dnsNames.first(where: { $0.contains("*") }) {
            return .fails(.wildcardName, reason: { "the leaf names '\(wildcard)' and wildcards are forbidden" })
        }
        if !allowedPeerIdentities.acceptsAnyIdentity && !allowsIdentity(dnsNames: dnsNames, uris: uris) {
            let all = (uris + dnsNames).joined(separator: ", ")
            return .fails(.peerIdentity, reason: { "no identity of the leaf is allowed: [\(all)]" })
        }
        if pinning.scope != .off && pinning.pins.isEmpty {
            return .fails(.pin, reason: { "the policy pins keys but lists no pins, so nothing can match" })
        }
        if pinning.scope != .off && !pinning.pinSet.matches(chain: chain) {
            let scope = pinning.scope == .leaf ? "the leaf's key" : "no key in the chain"
            let count = pinning.pins.count
            return .fails(.pin, reason: { "\(scope) matches none of the \(count) pinned keys" })
        }
        return .meets
    }

    /// Applies the X509-SVID rules when the policy trusts SPIFFE domains and the peer must present an SVID:
    /// always for a client, and for a server whose certificate carries a `spiffe://` URI.
    private func svidFailure(
        _ leaf: Certificate, usage: KeyUsage?, peer: EndpointRole
    ) throws(X509Error) -> PolicyEvaluation? {
        guard !spiffeTrustDomains.isEmpty else { return nil }
        let uris = (try leaf.extensions.subjectAlternativeNames ?? []).compactMap {
            if case .uniformResourceIdentifier(let uri) = $0 { uri } else { nil }
        }
        guard peer == .client || uris.contains(where: { $0.hasPrefix("spiffe://") }) else { return nil }
        guard uris.count == 1, let uri = uris.first else {
            let count = uris.count
            return .fails(.svidURICount, reason: { "an X509-SVID has exactly one URI name; this leaf has \(count)" })
        }
        switch SPIFFEID.parse(uri) {
        case .failure(let error) where error.problem == .scheme:
            return .fails(.svidScheme, reason: { "the URI '\(uri)' is not a spiffe:// ID" })
        case .failure(let error) where error.problem == .trustDomain:
            return .fails(.svidTrustDomain, reason: { "the URI '\(uri)' has no valid trust domain" })
        case .failure:
            return .fails(.svidPath, reason: { "the SPIFFE ID '\(uri)' has no valid path" })
        case .success(let id) where !spiffeTrustDomains.contains(id.trustDomain):
            let trusted = spiffeTrustDomains.joined(separator: ", ")
            return .fails(
                .svidTrustDomain, reason: { "the trust domain '\(id.trustDomain)' is not one of [\(trusted)]" }
            )
        case .success:
            break
        }
        guard let usage, usage.contains(.digitalSignature) else {
            return .fails(.svidKeyUsage, reason: { "an X509-SVID leaf must assert digitalSignature" })
        }
        return nil
    }

    private func keySizeFailure(_ chain: [Certificate]) -> PolicyEvaluation? {
        for certificate in chain {
            let key = certificate.subjectPublicKeyInfo
            let bits = key.keySizeInBits ?? 0
            let minimum: Int
            switch key.keyType {
            case .rsa, .rsaPSS: minimum = minimumRSAKeyBits
            case .ec: minimum = minimumECKeyBits
            default: continue
            }
            if bits < minimum {
                let name = certificate.subject.description
                return .fails(.keySize, reason: { "'\(name)' has a \(bits)-bit \(key.keyType) key, below \(minimum)" })
            }
        }
        return nil
    }

    private func allowsIdentity(dnsNames: [String], uris: [String]) -> Bool {
        let allowedDNS = Set(allowedPeerIdentities.dnsNames.map { $0.lowercased() })
        let allowedURIs = Set(allowedPeerIdentities.uris)
        return dnsNames.contains { allowedDNS.contains($0.lowercased()) } || uris.contains { allowedURIs.contains($0) }
    }

    private static func days(_ seconds: Double) -> String {
        String(format: "%.1f", seconds / 86_400)
    }
}
