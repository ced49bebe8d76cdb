public import DER

/// The named elliptic curve of an EC public key.
public struct NamedCurve: Sendable, Hashable, CustomStringConvertible {
    /// The curve's OID.
    public let oid: OID

    /// Creates a curve from its OID; any OID is accepted, known or not.
    ///
    /// - Parameter oid: The namedCurve OID from the key's parameters.
    public init(oid: OID) {
        self.oid = oid
    }

    /// NIST P-256, secp256r1.
    public static let p256 = NamedCurve(oid: .secp256r1)
    /// NIST P-384, secp384r1.
    public static let p384 = NamedCurve(oid: .secp384r1)
    /// NIST P-521, secp521r1.
    public static let p521 = NamedCurve(oid: .secp521r1)

    /// `P-256`, `P-384` or `P-521`, or `nil` for other curves.
    public var name: String? {
        switch oid {
        case .secp256r1: return "P-256"
        case .secp384r1: return "P-384"
        case .secp521r1: return "P-521"
        default: return nil
        }
    }

    /// The size of the curve's field in bits, or `nil` for curves this module does not know.
    public var bits: Int? {
        switch oid {
        case .secp256r1: return 256
        case .secp384r1: return 384
        case .secp521r1: return 521
        default: return nil
        }
    }

    /// The length of one coordinate in bytes, for checking points.
    var coordinateBytes: Int? {
        bits.map { ($0 + 7) / 8 }
    }

    /// The name when known, otherwise the dotted OID.
    public var description: String {
        name ?? oid.description
    }
}
