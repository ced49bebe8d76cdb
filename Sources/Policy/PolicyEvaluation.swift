import Foundation

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
    /// - Parameter chain: The verified chain, leaf first and trust anchor last.
    /// - Returns: ``PolicyEvaluation/meets`` or the first rule that fails, in this order: leaf is a CA, key
    ///   size, signature hash, leaf lifetime, wildcard name, peer identity.
    public func evaluate(chain: [CertificateFacts]) -> PolicyEvaluation {
        guard let leaf = chain.first else {
            return .fails(.peerIdentity, reason: { "the peer presented no certificate" })
        }
        if leaf.isCA {
            return .fails(.leafIsCA, reason: { "the leaf '\(leaf.subject)' has basic constraints CA:TRUE" })
        }
        if let weak = chain.first(where: { !meetsKeySize($0) }) {
            let minimum = weak.keyFamily == .rsa ? minimumRSAKeyBits : minimumECKeyBits
            return .fails(
                .keySize,
                reason: { "'\(weak.subject)' has a \(weak.keyBits)-bit \(weak.keyFamily.rawValue) key, below \(minimum)" }
            )
        }
        // The trust anchor's self-signature is never checked by anyone, so its hash does not matter.
        let forbidden = Set(forbiddenSignatureHashes)
        if let weak = chain.dropLast(chain.count > 1 ? 1 : 0).first(where: { forbidden.contains($0.signatureHash ?? "") }) {
            return .fails(
                .signatureHash, reason: { "'\(weak.subject)' is signed with \(weak.signatureHash ?? "?")" }
            )
        }
        if let limit = maximumLeafLifetime {
            let lifetime = leaf.notAfter.timeIntervalSince(leaf.notBefore)
            if lifetime > Double(limit) {
                return .fails(
                    .leafLifetime,
                    reason: { "the leaf is valid for \(Self.days(lifetime)) days, more than \(Self.days(Double(limit)))" }
                )
            }
        }
        if !allowsWildcardNames, let wildcard = leaf.dnsNames.first(where: { $0.contains("*") }) {
            return .fails(.wildcardName, reason: { "the leaf names '\(wildcard)' and wildcards are forbidden" })
        }
        if !allowedPeerIdentities.acceptsAnyIdentity && !allowsIdentity(of: leaf) {
            let names = (leaf.uris + leaf.dnsNames).joined(separator: ", ")
            return .fails(.peerIdentity, reason: { "no identity of the leaf is allowed: [\(names)]" })
        }
        return .meets
    }

    private func meetsKeySize(_ facts: CertificateFacts) -> Bool {
        switch facts.keyFamily {
        case .rsa: facts.keyBits >= minimumRSAKeyBits
        case .ec: facts.keyBits >= minimumECKeyBits
        case .edwards, .other: true
        }
    }

    private func allowsIdentity(of leaf: CertificateFacts) -> Bool {
        let allowedDNS = Set(allowedPeerIdentities.dnsNames.map { $0.lowercased() })
        let allowedURIs = Set(allowedPeerIdentities.uris)
        return leaf.dnsNames.contains { allowedDNS.contains($0.lowercased()) }
            || leaf.uris.contains { allowedURIs.contains($0) }
    }

    private static func days(_ seconds: Double) -> String {
        String(format: "%.1f", seconds / 86_400)
    }
}
