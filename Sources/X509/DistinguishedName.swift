public import DER

/// An X.501 Name: a sequence of relative distinguished names, each a set of attribute type and value pairs.
///
/// Reading checks the structure, each value's type, and every value's DER (character strings in their
/// repertoire); the values are decoded to strings only when ``attributes`` or ``description`` is asked for.
/// Two names are equal when their encodings are; RFC 5280 name matching (case folding, whitespace) is the chain
/// builder's business.
public struct DistinguishedName: Sendable, Hashable, CustomStringConvertible {
    /// The complete DER encoding of the Name SEQUENCE.
    public let derEncoded: ArraySlice<UInt8>

    /// The types an attribute value may have: the DirectoryString choices of X.520, IA5String (emailAddress,
    /// domainComponent), NumericString, BIT STRING (x500UniqueIdentifier) and SEQUENCE. Attribute values are
    /// ANY in the ASN.1 module; this narrower set is what certificates use and what OpenSSL also accepts.
    private static let allowedValueTags: Set<DERTag> = [
        .utf8String, .printableString, .teletexString, .ia5String, .bmpString, .universalString, .numericString,
        .bitString, .sequence,
    ]

    /// Reads a Name element.
    init(node: DERNode) throws(X509Error) {
        try reading("Name") { () throws in
            var rdns = try node.children(expecting: .sequence)
            while let rdn = try rdns.next() {
                var pairs = try rdn.children(expecting: .set)
                guard !pairs.isAtEnd else {
                    throw DERError(.unexpectedTag, "a relative distinguished name is empty", offset: rdn.offset)
                }
                while let pair = try pairs.next() {
                    var fields = try pair.children(expecting: .sequence)
                    _ = try fields.read(.objectIdentifier, "attribute type").objectIdentifier()
                    let value = try fields.readAny("attribute value")
                    guard Self.allowedValueTags.contains(value.tag) else {
                        throw X509Error(
                            .invalidCertificate,
                            "a name attribute value is \(value.tag), not a string type names use",
                            offset: value.offset
                        )
                    }
                    try value.validateTree(remainingDepth: 8)
                    try fields.finish()
                }
            }
        }
        self.derEncoded = node.encoded
    }

    /// Reads a Name from its DER encoding, alone.
    ///
    /// - Parameter derEncoded: The Name SEQUENCE; nothing may follow it.
    /// - Throws: ``X509Error`` when the bytes are not a valid Name.
    public init(derEncoded: [UInt8]) throws(X509Error) {
        let node = try reading("Name") { () throws in
            var top = DERSequenceReader(content: derEncoded[...])
            let node = try top.readAny("a Name")
            try top.finish()
            return node
        }
        try self.init(node: node)
    }

    /// Whether the name has no relative distinguished names at all.
    public var isEmpty: Bool {
        derEncoded.count == 2
    }

    /// The relative distinguished names in encoding order (most significant, usually the country, first); each
    /// holds one attribute unless the name is multi-valued.
    public var relativeDistinguishedNames: [[Attribute]] {
        var result: [[Attribute]] = []
        var rdns = DERSequenceReader(content: derEncoded.dropFirst(Self.headerLength(of: derEncoded)))
        while let rdn = try? rdns.next() {
            var set: [Attribute] = []
            var pairs = DERSequenceReader(content: rdn.content)
            while let pair = try? pairs.next() {
                var fields = DERSequenceReader(content: pair.content)
                guard let type = try? fields.next()?.objectIdentifier(), let value = try? fields.next() else {
                    continue
                }
                set.append(Attribute(type: type, value: value))
            }
            result.append(set)
        }
        return result
    }

    /// Every attribute in encoding order, multi-valued names flattened.
    public var attributes: [Attribute] {
        relativeDistinguishedNames.flatMap { $0 }
    }

    /// The values of every attribute of one type, in encoding order.
    ///
    /// - Parameter type: The attribute type, such as ``DER/OID/commonName``.
    /// - Returns: The values, possibly none.
    public func values(of type: OID) -> [String] {
        attributes.filter { $0.type == type }.map(\.value)
    }

    /// The last common name, the most specific one, or `nil` when there is none.
    public var commonName: String? {
        values(of: .commonName).last
    }

    /// The name in the string form of RFC 4514: least significant RDN first, RDNs joined by `,`, the
    /// attributes of a multi-valued RDN by `+`, such as `CN=api.example,O=Example,C=GB`.
    public var description: String {
        relativeDistinguishedNames.reversed().map { set in
            set.map(\.description).joined(separator: "+")
        }.joined(separator: ",")
    }

    private static func headerLength(of encoded: ArraySlice<UInt8>) -> Int {
        var reader = DERSequenceReader(content: encoded)
        guard let node = try? reader.next() else {
            return encoded.count
        }
        return node.headerLength
    }
}
