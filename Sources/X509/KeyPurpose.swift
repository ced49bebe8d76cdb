public import DER

/// One purpose from the extKeyUsage extension (RFC 5280 section 4.2.1.12), identified by its OID.
public struct KeyPurpose: Sendable, Hashable, CustomStringConvertible {
    /// The purpose's OID.
    public let oid: OID

    /// Creates a purpose from its OID; any OID is accepted.
    ///
    /// - Parameter oid: The KeyPurposeId.
    public init(oid: OID) {
        self.oid = oid
    }

    /// TLS server authentication, id-kp-serverAuth (1.3.6.1.5.5.7.3.1).
    public static let serverAuth = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 1])
    /// TLS client authentication, id-kp-clientAuth (1.3.6.1.5.5.7.3.2).
    public static let clientAuth = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 2])
    /// Code signing, id-kp-codeSigning (1.3.6.1.5.5.7.3.3).
    public static let codeSigning = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 3])
    /// Email protection, id-kp-emailProtection (1.3.6.1.5.5.7.3.4).
    public static let emailProtection = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 4])
    /// Time stamping, id-kp-timeStamping (1.3.6.1.5.5.7.3.8).
    public static let timeStamping = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 8])
    /// OCSP response signing, id-kp-OCSPSigning (1.3.6.1.5.5.7.3.9).
    public static let ocspSigning = KeyPurpose(oid: [1, 3, 6, 1, 5, 5, 7, 3, 9])
    /// Any purpose, anyExtendedKeyUsage (2.5.29.37.0).
    public static let any = KeyPurpose(oid: [2, 5, 29, 37, 0])

    /// The purpose's name (`serverAuth`, `clientAuth`, ...), or `nil` when this module does not name it.
    public var name: String? {
        switch self {
        case .serverAuth: return "serverAuth"
        case .clientAuth: return "clientAuth"
        case .codeSigning: return "codeSigning"
        case .emailProtection: return "emailProtection"
        case .timeStamping: return "timeStamping"
        case .ocspSigning: return "OCSPSigning"
        case .any: return "anyExtendedKeyUsage"
        default: return nil
        }
    }

    /// The name when known, otherwise the dotted OID.
    public var description: String {
        name ?? oid.description
    }

    /// Reads `SEQUENCE SIZE (1..MAX) OF KeyPurposeId`.
    static func list(value node: DERNode) throws(X509Error) -> [KeyPurpose] {
        let purposes = try reading("extKeyUsage") { () throws in
            var reader = try node.children(expecting: .sequence)
            var purposes: [KeyPurpose] = []
            while let child = try reader.next() {
                purposes.append(KeyPurpose(oid: try child.objectIdentifier()))
            }
            return purposes
        }
        guard !purposes.isEmpty else {
            throw X509Error(.malformedExtension, "extKeyUsage lists no purpose", offset: node.offset)
        }
        return purposes
    }
}
