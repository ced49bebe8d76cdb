public import DER
public import Foundation

/// An X.509 v1, v2 or v3 certificate, read strictly from DER.
///
/// Reading checks the whole structure of RFC 5280 section 4.1 in one pass and keeps slices of the input rather
/// than copies. Extension values are checked only as far as their envelope (OID, critical flag, OCTET STRING)
/// and decoded on request through ``extensions``, so a malformed extension surfaces when it is read.
///
/// Beyond DER, reading enforces these rules of RFC 5280: the inner and outer signature algorithms are
/// identical; the version is v1, v2 or v3, written only when not v1; unique identifiers appear only from v2 and
/// extensions only in v3; validity times through 2049 use UTCTime and later ones GeneralizedTime; no two
/// extensions share an OID; a signature is a whole number of bytes. The public key must suit its algorithm (see
/// ``SubjectPublicKeyInfo``).
///
/// Two certificates are equal when their DER encodings are.
public struct Certificate: Sendable, Hashable, CustomStringConvertible {
    /// The complete DER encoding.
    public let derEncoded: [UInt8]
    /// The version.
    public let version: Version
    /// The serial number's INTEGER content: big-endian two's complement, as encoded (a leading 0x00 is kept
    /// when the top bit of the next byte is set).
    public let serialNumber: ArraySlice<UInt8>
    /// The algorithm the issuer signed with.
    public let signatureAlgorithm: AlgorithmIdentifier
    /// The issuer's name.
    public let issuer: DistinguishedName
    /// The start of the validity period.
    public let notBefore: Date
    /// The end of the validity period, inclusive.
    public let notAfter: Date
    /// The subject's name; empty for certificates that name their subject only in subjectAltName.
    public let subject: DistinguishedName
    /// The subject's public key and its algorithm.
    public let subjectPublicKeyInfo: SubjectPublicKeyInfo
    /// The issuerUniqueID bits, from v2 on, almost never present.
    public let issuerUniqueID: DERBitString?
    /// The subjectUniqueID bits, from v2 on, almost never present.
    public let subjectUniqueID: DERBitString?
    /// The extensions, empty for v1 and v2 certificates.
    public let extensions: Extensions
    /// The complete DER encoding of the signed part, tbsCertificate: what the signature covers.
    public let tbsCertificateBytes: ArraySlice<UInt8>
    /// The signature bytes, as the BIT STRING holds them.
    public let signature: ArraySlice<UInt8>

    /// Reads a certificate from its DER encoding.
    ///
    /// - Parameter derEncoded: The certificate; nothing may follow it.
    /// - Throws: ``X509Error`` naming the element at fault and, for DER faults, the byte offset.
    public init(derEncoded: [UInt8]) throws(X509Error) {
        self.derEncoded = derEncoded
        let bytes = derEncoded[...]
        let outer = try reading("certificate") { () throws in
            var top = DERSequenceReader(content: bytes)
            let node = try top.readAny("a certificate")
            try top.finish()
            return node
        }
        var certificate = try reading("certificate") { try outer.children(expecting: .sequence) }
        let tbs = try reading("tbsCertificate") { try certificate.read(.sequence, "tbsCertificate") }
        let outerAlgorithm = try AlgorithmIdentifier(
            node: reading("signatureAlgorithm") { try certificate.read(.sequence, "signatureAlgorithm") }
        )
        let signatureBits = try reading("signatureValue") { () throws in
            let bits = try certificate.read(.bitString, "signatureValue").bitString()
            try certificate.finish()
            return bits
        }
        guard signatureBits.unusedBits == 0 else {
            throw X509Error(.invalidCertificate, "the signature is not a whole number of bytes")
        }
        self.tbsCertificateBytes = tbs.encoded
        self.signatureAlgorithm = outerAlgorithm
        self.signature = signatureBits.bytes

        var fields = try reading("tbsCertificate") { try tbs.children() }
        self.version = try Version.read(from: &fields)
        self.serialNumber = try reading("serialNumber") { try fields.read(.integer, "serialNumber").integerBytes() }
        let innerAlgorithm = try AlgorithmIdentifier(
            node: reading("signature") { try fields.read(.sequence, "signature algorithm") }
        )
        guard innerAlgorithm.derEncoded == outerAlgorithm.derEncoded else {
            throw X509Error(
                .invalidCertificate,
                "tbsCertificate.signature (\(innerAlgorithm)) differs from signatureAlgorithm (\(outerAlgorithm))",
                offset: innerAlgorithm.derEncoded.startIndex
            )
        }
        self.issuer = try DistinguishedName(node: reading("issuer") { try fields.read(.sequence, "issuer") })
        (self.notBefore, self.notAfter) = try Self.readValidity(
            reading("validity") { try fields.read(.sequence, "validity") }
        )
        self.subject = try DistinguishedName(node: reading("subject") { try fields.read(.sequence, "subject") })
        self.subjectPublicKeyInfo = try SubjectPublicKeyInfo(
            node: reading("subjectPublicKeyInfo") { try fields.read(.sequence, "subjectPublicKeyInfo") }
        )
        (self.issuerUniqueID, self.subjectUniqueID) = try Self.readUniqueIDs(from: &fields, version: version)
        let extensionsNode = try reading("extensions") {
            try fields.readIfPresent(.contextSpecific(3, isConstructed: true))
        }
        if let extensionsNode {
            guard version == .v3 else {
                throw X509Error(.unsupportedVersion, "a \(version) certificate carries extensions, which need v3")
            }
            self.extensions = try Extensions(explicitNode: extensionsNode)
        } else {
            self.extensions = Extensions()
        }
        try reading("tbsCertificate") { try fields.finish() }
    }

    /// Reads a certificate from a slice of DER; the bytes are copied once into ``derEncoded``.
    ///
    /// - Parameter derEncoded: The certificate; nothing may follow it.
    /// - Throws: ``X509Error`` naming the element at fault; offsets count from the start of the slice.
    public init(derEncoded: ArraySlice<UInt8>) throws(X509Error) {
        try self.init(derEncoded: Array(derEncoded))
    }

    /// Reads validity: notBefore and notAfter, each in the time type RFC 5280 requires for its year.
    private static func readValidity(_ node: DERNode) throws(X509Error) -> (Date, Date) {
        let (notBefore, notAfter) = try reading("validity") { () throws in
            var times = try node.children()
            let notBefore = try times.readAny("notBefore")
            let notAfter = try times.readAny("notAfter")
            try times.finish()
            return (notBefore, notAfter)
        }
        return (try date(of: notBefore, "notBefore"), try date(of: notAfter, "notAfter"))
    }

    private static func date(of node: DERNode, _ name: String) throws(X509Error) -> Date {
        let time = try reading(name) { try node.time() }
        guard time.requiresGeneralizedTime == (node.tag == .generalizedTime) else {
            throw X509Error(
                .invalidCertificate,
                "\(name) \(time) must be a \(time.requiresGeneralizedTime ? "GeneralizedTime" : "UTCTime")",
                offset: node.offset
            )
        }
        return Date(timeIntervalSince1970: TimeInterval(time.secondsSince1970))
    }

    private static func readUniqueIDs(
        from fields: inout DERSequenceReader,
        version: Version
    ) throws(X509Error) -> (DERBitString?, DERBitString?) {
        let issuerTag = DERTag.contextSpecific(1)
        let subjectTag = DERTag.contextSpecific(2)
        let issuerID = try reading("issuerUniqueID") { () throws in
            try fields.readIfPresent(issuerTag)?.bitString(tag: issuerTag)
        }
        let subjectID = try reading("subjectUniqueID") { () throws in
            try fields.readIfPresent(subjectTag)?.bitString(tag: subjectTag)
        }
        if (issuerID != nil || subjectID != nil) && version == .v1 {
            throw X509Error(.unsupportedVersion, "a v1 certificate carries a unique identifier, which needs v2 or v3")
        }
        return (issuerID, subjectID)
    }

    /// A short summary: subject, issuer, serial and validity.
    public var description: String {
        let serial = serialNumber.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined(separator: ":")
        return "Certificate(subject: \"\(subject)\", issuer: \"\(issuer)\", serial: \(serial), "
            + "notBefore: \(notBefore), notAfter: \(notAfter))"
    }

    /// Certificates are equal when their encodings are.
    public static func == (lhs: Certificate, rhs: Certificate) -> Bool {
        lhs.derEncoded == rhs.derEncoded
    }

    /// Hashes the encoding, in keeping with equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(derEncoded)
    }
}
