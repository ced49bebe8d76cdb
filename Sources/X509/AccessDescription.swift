public import DER

/// One entry of the authorityInfoAccess extension (RFC 5280 section 4.2.2.1): how to reach an issuer service.
public struct AccessDescription: Sendable, Hashable, CustomStringConvertible {
    /// The service: ``DER/OID/ocsp`` or ``DER/OID/caIssuers`` usually.
    public let method: OID
    /// Where the service is, usually a URI.
    public let location: GeneralName

    /// The location when it is a URI.
    public var uri: String? {
        if case .uniformResourceIdentifier(let uri) = location {
            return uri
        }
        return nil
    }

    /// `OCSP - URI:...` or `CA Issuers - URI:...`, as OpenSSL prints them.
    public var description: String {
        let methodName: String
        switch method {
        case .ocsp: methodName = "OCSP"
        case .caIssuers: methodName = "CA Issuers"
        default: methodName = method.description
        }
        return "\(methodName) - \(location)"
    }

    /// Reads `SEQUENCE SIZE (1..MAX) OF SEQUENCE { accessMethod OID, accessLocation GeneralName }`.
    static func list(value node: DERNode) throws(X509Error) -> [AccessDescription] {
        var reader = try reading("authorityInfoAccess") { try node.children(expecting: .sequence) }
        var result: [AccessDescription] = []
        while let child = try reading("authorityInfoAccess", { try reader.next() }) {
            let (method, locationNode) = try reading("AccessDescription") { () throws in
                var fields = try child.children(expecting: .sequence)
                let method = try fields.read(.objectIdentifier, "accessMethod").objectIdentifier()
                let location = try fields.readAny("accessLocation")
                try fields.finish()
                return (method, location)
            }
            result.append(AccessDescription(method: method, location: try GeneralName(node: locationNode)))
        }
        guard !result.isEmpty else {
            throw X509Error(.malformedExtension, "authorityInfoAccess is empty", offset: node.offset)
        }
        return result
    }
}
