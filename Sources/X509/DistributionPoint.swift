public import DER

/// One entry of the cRLDistributionPoints extension (RFC 5280 section 4.2.1.13): where to fetch a CRL.
public struct DistributionPoint: Sendable, Hashable {
    /// The full names of the distribution point, usually one URI.
    public let fullName: [GeneralName]?
    /// The name relative to the CRL issuer: the complete DER encoding of its `[1]` element, rarely used.
    public let nameRelativeToCRLIssuer: ArraySlice<UInt8>?
    /// The reasons the CRL covers, when it covers only some.
    public let reasons: DERBitString?
    /// The CRL issuer, when it is not the certificate issuer.
    public let crlIssuer: [GeneralName]?

    /// The URIs among the full names.
    public var uris: [String] {
        (fullName ?? []).compactMap { name in
            if case .uniformResourceIdentifier(let uri) = name {
                return uri
            }
            return nil
        }
    }

    /// Reads one DistributionPoint SEQUENCE.
    init(node: DERNode) throws(X509Error) {
        var fields = try reading("DistributionPoint") { try node.children(expecting: .sequence) }
        let pointName = try reading("distributionPoint") { () throws -> DERNode? in
            guard let wrapper = try fields.readIfPresent(.contextSpecific(0, isConstructed: true)) else {
                return nil
            }
            var inner = try wrapper.children()
            let choice = try inner.readAny("DistributionPointName")
            try inner.finish()
            return choice
        }
        var fullName: [GeneralName]?
        var relative: ArraySlice<UInt8>?
        if let pointName {
            switch pointName.tag {
            case .contextSpecific(0, isConstructed: true):
                fullName = try GeneralName.list(in: pointName)
            case .contextSpecific(1, isConstructed: true):
                try reading("nameRelativeToCRLIssuer") { try pointName.validateTree(remainingDepth: 8) }
                relative = pointName.encoded
            default:
                throw X509Error(.malformedExtension, "\(pointName.tag) is not a DistributionPointName")
            }
        }
        self.fullName = fullName
        self.nameRelativeToCRLIssuer = relative
        self.reasons = try reading("reasons") { () throws in
            try fields.readIfPresent(.contextSpecific(1))?.bitString(tag: .contextSpecific(1))
        }
        let issuer = try reading("cRLIssuer") { () throws -> DERNode? in
            let issuer = try fields.readIfPresent(.contextSpecific(2, isConstructed: true))
            try fields.finish()
            return issuer
        }
        self.crlIssuer = try issuer.map { (node) throws(X509Error) in try GeneralName.list(in: node) }
        guard fullName != nil || relative != nil || crlIssuer != nil else {
            throw X509Error(.malformedExtension, "a DistributionPoint names neither a point nor an issuer")
        }
    }

    /// Reads `CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX) OF DistributionPoint`.
    static func list(value node: DERNode) throws(X509Error) -> [DistributionPoint] {
        var reader = try reading("cRLDistributionPoints") { try node.children(expecting: .sequence) }
        var points: [DistributionPoint] = []
        while let child = try reading("cRLDistributionPoints", { try reader.next() }) {
            points.append(try DistributionPoint(node: child))
        }
        guard !points.isEmpty else {
            throw X509Error(.malformedExtension, "cRLDistributionPoints is empty", offset: node.offset)
        }
        return points
    }
}
