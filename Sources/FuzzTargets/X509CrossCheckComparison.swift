internal import DER
internal import X509

/// Renders a certificate read by this package into the same text forms the OpenSSL side produces, and lists
/// the fields on which they differ.
struct X509CrossCheckComparison {
    let swift: Certificate
    let openSSL: X509CrossCheckOpenSSLCertificate

    func differences() -> [X509CrossCheckDisagreement] {
        var found: [X509CrossCheckDisagreement] = []
        func compare(_ field: String, _ mine: X509CrossCheckField, _ theirs: X509CrossCheckField) {
            let kind: X509CrossCheckDisagreement.Kind
            switch (mine, theirs) {
            case (.refused, .refused):
                return
            case (.refused, _):
                kind = .swiftStricter
            case (_, .refused):
                kind = .openSSLStricter
            default:
                guard mine != theirs else {
                    return
                }
                kind = .valueMismatch
            }
            found.append(.init(field: field, kind: kind, swift: describe(mine), openSSL: describe(theirs)))
        }
        func compare(_ field: String, _ mine: String, _ theirs: String) {
            compare(field, .value(mine), .value(theirs))
        }

        compare("version", String(swift.version.rawValue), String(openSSL.version))
        var serial = DERWriter()
        serial.appendPrimitive(.integer, content: swift.serialNumber)
        compare("serialNumber", hex(serial.bytes), hex(openSSL.serialNumberDER))
        compare("signatureAlgorithm", swift.signatureAlgorithm.algorithm.description, openSSL.signatureAlgorithm)
        compare("signature", hex(swift.signature), hex(openSSL.signature))
        for (label, name, isSubject) in [("issuer", swift.issuer, false), ("subject", swift.subject, true)] {
            let theirs = openSSL.name(subject: isSubject)
            compare("\(label).der", hex(name.derEncoded), hex(theirs.der))
            compare(
                "\(label).attributes", entries(name).joined(separator: "; "), theirs.entries.joined(separator: "; "))
        }
        compare(
            "notBefore", seconds(swift.notBefore.timeIntervalSince1970),
            openSSL.validity(end: false).map(String.init) ?? "?")
        compare(
            "notAfter", seconds(swift.notAfter.timeIntervalSince1970),
            openSSL.validity(end: true).map(String.init) ?? "?")
        let spki = swift.subjectPublicKeyInfo
        compare("subjectPublicKeyInfo", hex(spki.derEncoded), hex(openSSL.subjectPublicKeyInfoDER))
        compareKey(spki, compare)
        compare("extensions", extensionList().joined(separator: "; "), openSSL.extensions.joined(separator: "; "))
        compare(
            "subjectAltName", field { try swift.extensions.subjectAlternativeNames.map(render) },
            openSSL.subjectAlternativeNames)
        compare(
            "basicConstraints", field { try swift.extensions.basicConstraints.map(render) }, openSSL.basicConstraints)
        compare("keyUsage", field { try swift.extensions.keyUsage.map { String($0.rawValue) } }, openSSL.keyUsage)
        compare(
            "extKeyUsage",
            field { try swift.extensions.extendedKeyUsage.map { $0.map(\.oid.description).joined(separator: ", ") } },
            openSSL.extendedKeyUsage
        )
        return found
    }

    private func compareKey(
        _ spki: SubjectPublicKeyInfo, _ compare: (String, X509CrossCheckField, X509CrossCheckField) -> Void
    ) {
        guard spki.keyType == .rsa || spki.keyType == .ec else {
            return
        }
        guard let key = openSSL.key else {
            compare("publicKey", .value(spki.keyType.name), .refused("OpenSSL could not decode the key"))
            return
        }
        compare("keySizeInBits", .value(spki.keySizeInBits.map(String.init) ?? "?"), .value(String(key.bits)))
        if spki.keyType == .ec {
            let theirs = key.group.map {
                ["prime256v1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"][$0] ?? $0
            }
            compare("curve", .value(spki.curve?.description ?? "?"), .value(theirs ?? "?"))
        }
    }

    private func entries(_ name: DistinguishedName) -> [String] {
        var result: [String] = []
        for (index, set) in name.relativeDistinguishedNames.enumerated() {
            for attribute in set {
                let value = attribute.valueTag.isCharacterString ? attribute.value : "<not a string>"
                result.append("\(index):\(attribute.type)=\(value)")
            }
        }
        return result
    }

    private func extensionList() -> [String] {
        swift.extensions.map { "\($0.oid) \($0.isCritical ? 1 : 0) \(hex($0.value))" }
    }

    private func seconds(_ interval: Double) -> String {
        String(Int64(interval))
    }

    private func field(_ body: () throws -> String?) -> X509CrossCheckField {
        do {
            return try body().map(X509CrossCheckField.value) ?? .absent
        } catch {
            return .refused("\(error)")
        }
    }

    private func render(_ names: [GeneralName]) -> String {
        names.map { name in
            switch name {
            case .dnsName(let text): return "DNS:" + text
            case .rfc822Name(let text): return "email:" + text
            case .uniformResourceIdentifier(let text): return "URI:" + text
            case .ipAddress(let address): return "IP:" + hex(address.bytes)
            case .registeredID(let oid): return "RID:" + oid.description
            case .directoryName(let name): return "DirName:" + hex(name.derEncoded)
            case .other(let tag, _): return "other[\(tag.number)]"
            }
        }.joined(separator: ", ")
    }

    private func render(_ constraints: BasicConstraints) -> String {
        "CA:\(constraints.isCA) pathlen:\(constraints.pathLengthConstraint.map(String.init) ?? "none")"
    }

    private func describe(_ field: X509CrossCheckField) -> String {
        switch field {
        case .value(let text): return text
        case .absent: return "<absent>"
        case .refused(let reason): return "<refused: \(reason)>"
        }
    }
}

extension DERTag {
    /// Whether the tag is one of the character string types OpenSSL converts to UTF-8.
    fileprivate var isCharacterString: Bool {
        tagClass == .universal && !isConstructed && [12, 18, 19, 20, 22, 26, 28, 30].contains(number)
    }
}
