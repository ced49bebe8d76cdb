internal import DER

/// The authorityKeyIdentifier extension (RFC 5280 section 4.2.1.1): which key of the issuer signed.
public struct AuthorityKeyIdentifier: Sendable, Hashable {
    /// The issuer's subjectKeyIdentifier, the field path building uses.
    public let keyIdentifier: ArraySlice<UInt8>?
    /// The issuer's issuer, rarely present.
    public let authorityCertIssuer: [GeneralName]?
    /// The issuer certificate's serial number as INTEGER content, rarely present.
    public let authorityCertSerialNumber: ArraySlice<UInt8>?

    /// Reads `SEQUENCE { [0] KeyIdentifier OPTIONAL, [1] GeneralNames OPTIONAL, [2] INTEGER OPTIONAL }`.
    init(value node: DERNode) throws(X509Error) {
        var fields = try reading("authorityKeyIdentifier") { try node.children(expecting: .sequence) }
        keyIdentifier = try reading("keyIdentifier") { () throws in
            try fields.readIfPresent(.contextSpecific(0))?.octetString(tag: .contextSpecific(0))
        }
        let issuer = try reading("authorityCertIssuer") { () throws in
            try fields.readIfPresent(.contextSpecific(1, isConstructed: true))
        }
        authorityCertIssuer = try issuer.map { (node) throws(X509Error) in try GeneralName.list(in: node) }
        authorityCertSerialNumber = try reading("authorityCertSerialNumber") { () throws in
            let serial = try fields.readIfPresent(.contextSpecific(2))?.integerBytes(tag: .contextSpecific(2))
            try fields.finish()
            return serial
        }
    }
}
