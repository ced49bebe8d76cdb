extension TLSPolicy {
    /// Checks that every name is known and that the values leave something to negotiate.
    ///
    /// - Throws: ``PolicyError`` naming the field and the problem; the first problem found wins.
    public func validate() throws(PolicyError) {
        if minimumVersion > maximumVersion {
            throw PolicyError(
                .inconsistent,
                "field 'minVersion': \(minimumVersion.rawValue) is above maxVersion \(maximumVersion.rawValue)"
            )
        }
        for name in tls12CipherSuites where AlgorithmNames.tls12CipherSuite(named: name) == nil {
            throw PolicyError(.unknownName, "field 'tls12CipherSuites': unknown cipher suite '\(name)'")
        }
        for name in tls13CipherSuites where AlgorithmNames.tls13CipherSuites[name] == nil {
            throw PolicyError(.unknownName, "field 'tls13CipherSuites': unknown cipher suite '\(name)'")
        }
        for name in groups where AlgorithmNames.groups[name] == nil {
            throw PolicyError(.unknownName, "field 'groups': unknown group '\(name)'")
        }
        for name in signatureAlgorithms where AlgorithmNames.signatureAlgorithms[name] == nil {
            throw PolicyError(.unknownName, "field 'signatureAlgorithms': unknown signature algorithm '\(name)'")
        }
        for name in forbiddenSignatureHashes where !AlgorithmNames.signatureHashes.contains(name) {
            throw PolicyError(.unknownName, "field 'forbiddenSignatureHashes': unknown hash '\(name)'")
        }
        try validateSomethingToNegotiate()
        try validateLimits()
    }

    private func validateSomethingToNegotiate() throws(PolicyError) {
        if minimumVersion <= .tls1_2 && tls12CipherSuites.isEmpty {
            throw PolicyError(
                .inconsistent, "field 'tls12CipherSuites': empty, but the policy allows \(minimumVersion.rawValue)"
            )
        }
        if maximumVersion == .tls1_3 && tls13CipherSuites.isEmpty {
            throw PolicyError(.inconsistent, "field 'tls13CipherSuites': empty, but the policy allows TLSv1.3")
        }
        if groups.isEmpty {
            throw PolicyError(.inconsistent, "field 'groups': empty, so no key exchange could be agreed")
        }
        if signatureAlgorithms.isEmpty {
            throw PolicyError(.inconsistent, "field 'signatureAlgorithms': empty, so no peer could authenticate")
        }
        let forbidden = Set(forbiddenSignatureHashes)
        for name in signatureAlgorithms {
            if let hash = AlgorithmNames.signatureAlgorithms[name]?.hash, forbidden.contains(hash) {
                throw PolicyError(
                    .inconsistent,
                    "field 'signatureAlgorithms': '\(name)' uses \(hash), which forbiddenSignatureHashes forbids"
                )
            }
        }
    }

    private func validateLimits() throws(PolicyError) {
        if let lifetime = maximumLeafLifetime, lifetime <= 0 {
            throw PolicyError(.inconsistent, "field 'maxLeafLifetimeDays': must be greater than zero")
        }
        if minimumRSAKeyBits < 0 || minimumRSAKeyBits > 16384 {
            throw PolicyError(.inconsistent, "field 'minRSABits': \(minimumRSAKeyBits) is outside 0...16384")
        }
        if minimumECKeyBits < 0 || minimumECKeyBits > 521 {
            throw PolicyError(.inconsistent, "field 'minECBits': \(minimumECKeyBits) is outside 0...521")
        }
        for domain in spiffeTrustDomains where !SPIFFEID.isValidTrustDomain(domain) {
            throw PolicyError(.inconsistent, "field 'spiffeTrustDomains': '\(domain)' is not a SPIFFE trust domain")
        }
        for identity in allowedPeerIdentities.uris where !Self.isPlainURI(identity) {
            throw PolicyError(
                .inconsistent, "field 'allowedPeerIdentities.uri': '\(identity)' is not a URI of printable ASCII"
            )
        }
        for identity in allowedPeerIdentities.dnsNames where !Self.isHostName(identity) {
            throw PolicyError(
                .inconsistent, "field 'allowedPeerIdentities.dns': '\(identity)' is not a DNS host name"
            )
        }
    }

    /// Whether a name is an ASCII DNS host name: dot-separated labels of letters, digits and inner hyphens,
    /// each at most 63 characters, 253 in all. Wildcards are not identities.
    static func isHostName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        return name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.allSatisfy(allowed.contains) && label.first != "-"
                && label.last != "-"
        }
    }

    /// Whether a URI has a scheme and only printable ASCII without spaces, so that it can be written into a
    /// certificate's IA5String unchanged.
    static func isPlainURI(_ uri: String) -> Bool {
        guard let colon = uri.firstIndex(of: ":"), colon != uri.startIndex, uri.utf8.count <= 2048 else {
            return false
        }
        return uri.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    }
}
