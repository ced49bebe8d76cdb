/// The type of a TLS record (RFC 8446 §5.1): what its fragment carries.
public struct ContentType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The one-byte code point.
    public var rawValue: UInt8

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A ChangeCipherSpec record (20).
    public static let changeCipherSpec = ContentType(rawValue: 20)
    /// An alert record (21).
    public static let alert = ContentType(rawValue: 21)
    /// A handshake record (22).
    public static let handshake = ContentType(rawValue: 22)
    /// Application data, and every protected record of TLS 1.3 (23).
    public static let applicationData = ContentType(rawValue: 23)
    /// A heartbeat record of RFC 6520 (24).
    public static let heartbeat = ContentType(rawValue: 24)

    /// Whether a record layer may carry this type.
    var isKnown: Bool { (20...24).contains(rawValue) }

    /// The RFC name, such as `handshake`, or `nil` for an unknown code point.
    public var name: String? {
        switch rawValue {
        case 20: "change_cipher_spec"
        case 21: "alert"
        case 22: "handshake"
        case 23: "application_data"
        case 24: "heartbeat"
        default: nil
        }
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint8(rawValue) }
}
