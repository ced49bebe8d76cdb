/// A TLS protocol version as it appears on the wire (`legacy_version`, `supported_versions`, record headers).
public struct ProtocolVersion: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The two-byte code point, major version first.
    public var rawValue: UInt16

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// SSL 3.0 (RFC 6101), prohibited by RFC 7568.
    public static let ssl3 = ProtocolVersion(rawValue: 0x0300)
    /// TLS 1.0 (RFC 2246), deprecated by RFC 8996.
    public static let tls10 = ProtocolVersion(rawValue: 0x0301)
    /// TLS 1.1 (RFC 4346), deprecated by RFC 8996.
    public static let tls11 = ProtocolVersion(rawValue: 0x0302)
    /// TLS 1.2 (RFC 5246).
    public static let tls12 = ProtocolVersion(rawValue: 0x0303)
    /// TLS 1.3 (RFC 8446).
    public static let tls13 = ProtocolVersion(rawValue: 0x0304)

    /// The conventional name, such as `TLS 1.2`, or `nil` for an unknown code point.
    public var name: String? {
        switch rawValue {
        case 0x0002, 0x0200: "SSL 2.0"
        case 0x0300: "SSL 3.0"
        case 0x0301: "TLS 1.0"
        case 0x0302: "TLS 1.1"
        case 0x0303: "TLS 1.2"
        case 0x0304: "TLS 1.3"
        case 0x7F00...0x7FFF: "TLS 1.3 draft \(rawValue & 0xFF)"
        case _ where Hex.isGrease(rawValue): "GREASE"
        default: nil
        }
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint16(rawValue) }

    /// Orders by code point, which orders the released versions from SSL 3.0 to TLS 1.3.
    public static func < (lhs: ProtocolVersion, rhs: ProtocolVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
