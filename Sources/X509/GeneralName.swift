public import DER

/// One GeneralName (RFC 5280 section 4.2.1.6), the name form of subjectAltName, name constraints, CRL
/// distribution points and authority information access.
///
/// The kinds that mTLS identity checks use are decoded; otherName, x400Address and ediPartyName are kept as
/// their DER encoding in ``other(tag:encoded:)``.
public enum GeneralName: Sendable, Hashable, CustomStringConvertible {
    /// A dNSName, `[2]`: a host name or wildcard, in IA5 (ASCII) text.
    case dnsName(String)
    /// An rfc822Name, `[1]`: an email address or, in name constraints, a mailbox domain.
    case rfc822Name(String)
    /// A uniformResourceIdentifier, `[6]`, such as a SPIFFE ID.
    case uniformResourceIdentifier(String)
    /// An iPAddress, `[7]`: an IPv4 or IPv6 address, or in name constraints an address and mask.
    case ipAddress(IPAddress)
    /// A directoryName, `[4]`.
    case directoryName(DistinguishedName)
    /// A registeredID, `[8]`.
    case registeredID(OID)
    /// Any other kind (otherName `[0]`, x400Address `[3]`, ediPartyName `[5]`), kept raw: its tag and its
    /// complete DER encoding.
    case other(tag: DERTag, encoded: ArraySlice<UInt8>)

    /// Reads one GeneralName element.
    ///
    /// - Parameters:
    ///   - node: The element.
    ///   - inConstraint: True inside name constraints, where an iPAddress is an address followed by a mask.
    init(node: DERNode, inConstraint: Bool = false) throws(X509Error) {
        let tag = node.tag
        guard tag.tagClass == .contextSpecific, tag.number <= 8 else {
            throw X509Error(.malformedExtension, "\(tag) is not a GeneralName", offset: node.offset)
        }
        let constructed: Set<UInt32> = [0, 3, 4, 5]
        guard tag.isConstructed == constructed.contains(tag.number) else {
            throw X509Error(.malformedExtension, "GeneralName \(tag) has the wrong form", offset: node.offset)
        }
        switch tag.number {
        case 1:
            self = .rfc822Name(try Self.ia5(node, "rfc822Name"))
        case 2:
            self = .dnsName(try Self.ia5(node, "dNSName"))
        case 6:
            self = .uniformResourceIdentifier(try Self.ia5(node, "uniformResourceIdentifier"))
        case 7:
            let allowed = inConstraint ? [8, 32] : [4, 16]
            guard allowed.contains(node.content.count) else {
                throw X509Error(
                    .malformedExtension,
                    "an iPAddress of \(node.content.count) bytes; expected \(allowed[0]) or \(allowed[1])",
                    offset: node.offset
                )
            }
            self = .ipAddress(IPAddress(bytes: node.content))
        case 4:
            let name = try reading("directoryName") { () throws in
                var inner = try node.children()
                let name = try inner.read(.sequence, "Name")
                try inner.finish()
                return name
            }
            self = .directoryName(try DistinguishedName(node: name))
        case 8:
            let oid = try reading("registeredID") { try node.objectIdentifier(tag: tag) }
            self = .registeredID(oid)
        default:
            try reading("GeneralName") { try node.validateTree(remainingDepth: 16) }
            self = .other(tag: tag, encoded: node.encoded)
        }
    }

    /// Reads `GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName` from the children of `node`.
    static func list(in node: DERNode, inConstraint: Bool = false) throws(X509Error) -> [GeneralName] {
        var reader = DERSequenceReader(content: node.content)
        var names: [GeneralName] = []
        while let child = try reading("GeneralNames", { try reader.next() }) {
            names.append(try GeneralName(node: child, inConstraint: inConstraint))
        }
        guard !names.isEmpty else {
            throw X509Error(.malformedExtension, "a GeneralNames list is empty", offset: node.offset)
        }
        return names
    }

    private static func ia5(_ node: DERNode, _ name: String) throws(X509Error) -> String {
        guard node.content.allSatisfy({ $0 < 0x80 }) else {
            throw X509Error(.malformedExtension, "a \(name) holds non-ASCII bytes", offset: node.contentOffset)
        }
        return String(decoding: node.content, as: UTF8.self)
    }

    /// The kind and value, in the style of OpenSSL's text output: `DNS:example.com`, `IP:192.0.2.1`.
    public var description: String {
        switch self {
        case .dnsName(let name): return "DNS:\(name)"
        case .rfc822Name(let name): return "email:\(name)"
        case .uniformResourceIdentifier(let name): return "URI:\(name)"
        case .ipAddress(let address): return "IP:\(address)"
        case .directoryName(let name): return "DirName:\(name)"
        case .registeredID(let oid): return "RID:\(oid)"
        case .other(let tag, _): return "othername:\(tag)"
        }
    }
}
