/// A TLS protocol version a policy can allow or a misbehaving endpoint can be limited to.
public enum TLSVersion: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tls1_0 = "TLSv1.0"
    case tls1_1 = "TLSv1.1"
    case tls1_2 = "TLSv1.2"
    case tls1_3 = "TLSv1.3"

    /// The version's number on the wire (0x0301 for TLS 1.0 ... 0x0304 for TLS 1.3).
    public var wireValue: UInt16 {
        switch self {
        case .tls1_0: 0x0301
        case .tls1_1: 0x0302
        case .tls1_2: 0x0303
        case .tls1_3: 0x0304
        }
    }

    /// A short form for file names and table columns: `tls10`, `tls11`, `tls12`, `tls13`.
    public var shortName: String {
        switch self {
        case .tls1_0: "tls10"
        case .tls1_1: "tls11"
        case .tls1_2: "tls12"
        case .tls1_3: "tls13"
        }
    }

    /// Finds the version with the given wire value.
    public init?(wireValue: UInt16) {
        guard let version = Self.allCases.first(where: { $0.wireValue == wireValue }) else { return nil }
        self = version
    }

    /// Orders versions from oldest to newest.
    public static func < (lhs: TLSVersion, rhs: TLSVersion) -> Bool {
        lhs.wireValue < rhs.wireValue
    }
}
