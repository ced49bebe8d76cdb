import DER

/// Builds certificate DER in code, field by field, so that tests can break exactly one rule at a time.
///
/// The signature is not a real one; reading never verifies signatures.
struct TestCertificate {
    var versionField: Int64? = 2
    var serial: [UInt8] = [0x01, 0x23, 0x45]
    var innerAlgorithm: OID = .ed25519
    var outerAlgorithm: OID = .ed25519
    var issuer: [(OID, String)] = [(.organizationName, "Example"), (.commonName, "Issuer CA")]
    var subject: [(OID, String)] = [(.commonName, "api.example")]
    var notBefore = (tag: DERTag.utcTime, text: "260101000000Z")
    var notAfter = (tag: DERTag.utcTime, text: "270101000000Z")
    var publicKey: [UInt8] = Array(repeating: 0x42, count: 32)
    /// Extensions as (OID, critical flag as written, value DER); `nil` critical omits the flag.
    var extensions: [(OID, Bool?, [UInt8])] = [(.basicConstraints, true, [0x30, 0x03, 0x01, 0x01, 0xFF])]

    static func name(_ attributes: [(OID, String)], into writer: inout DERWriter) {
        writer.appendConstructed(.sequence) { rdns in
            for (type, value) in attributes {
                rdns.appendConstructed(.set) { set in
                    set.appendConstructed(.sequence) { pair in
                        pair.appendObjectIdentifier(type)
                        pair.appendUTF8String(value)
                    }
                }
            }
        }
    }

    var der: [UInt8] {
        var tbs = DERWriter()
        tbs.appendConstructed(.sequence) { body in
            if let versionField {
                body.appendConstructed(.contextSpecific(0, isConstructed: true)) { $0.appendInteger(versionField) }
            }
            body.appendPrimitive(.integer, content: serial)
            body.appendConstructed(.sequence) { $0.appendObjectIdentifier(innerAlgorithm) }
            Self.name(issuer, into: &body)
            body.appendConstructed(.sequence) { validity in
                validity.appendPrimitive(notBefore.tag, content: Array(notBefore.text.utf8))
                validity.appendPrimitive(notAfter.tag, content: Array(notAfter.text.utf8))
            }
            Self.name(subject, into: &body)
            body.appendConstructed(.sequence) { spki in
                spki.appendConstructed(.sequence) { $0.appendObjectIdentifier(.ed25519) }
                spki.appendBitString(publicKey)
            }
            if !extensions.isEmpty {
                body.appendConstructed(.contextSpecific(3, isConstructed: true)) { wrapper in
                    wrapper.appendConstructed(.sequence) { list in
                        for (oid, critical, value) in extensions {
                            list.appendConstructed(.sequence) { ext in
                                ext.appendObjectIdentifier(oid)
                                if let critical {
                                    ext.appendBoolean(critical)
                                }
                                ext.appendOctetString(value)
                            }
                        }
                    }
                }
            }
        }
        var certificate = DERWriter()
        certificate.appendConstructed(.sequence) { body in
            body.appendEncoded(tbs.bytes)
            body.appendConstructed(.sequence) { $0.appendObjectIdentifier(outerAlgorithm) }
            body.appendBitString([UInt8](repeating: 0x5A, count: 64))
        }
        return certificate.bytes
    }
}
