/// A TLS alert message: a level and a description (RFC 8446 §6).
public struct Alert: Hashable, Sendable {
    /// The severity of an alert. TLS 1.3 ignores it and treats every alert but close_notify and user_canceled
    /// as fatal, but it is still on the wire and shown as sent.
    public struct Level: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The one-byte code point.
        public var rawValue: UInt8

        /// Wraps a code point; any value is accepted and unknown ones print as hex.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// warning (1).
        public static let warning = Level(rawValue: 1)
        /// fatal (2).
        public static let fatal = Level(rawValue: 2)

        /// `warning`, `fatal`, or the code point in hex.
        public var description: String {
            switch rawValue {
            case 1: "warning"
            case 2: "fatal"
            default: Hex.uint8(rawValue)
            }
        }
    }

    /// How severe the sender says the alert is.
    public var level: Level
    /// Why the alert was sent.
    public var description: AlertDescription

    /// Creates an alert.
    public init(level: Level, description: AlertDescription) {
        self.level = level
        self.description = description
    }

    /// Parses the two-byte fragment of an alert record.
    ///
    /// - Parameter fragment: The record's plaintext, exactly two bytes.
    /// - Throws: ``WireError`` when the fragment is not two bytes long.
    public init(fragment: [UInt8]) throws {
        var reader = ByteReader(fragment)
        level = Level(rawValue: try reader.uint8("alert level"))
        description = AlertDescription(rawValue: try reader.uint8("alert description"))
        try reader.expectEnd("alert")
    }

    /// The two bytes of the alert.
    public var bytes: [UInt8] { [level.rawValue, description.rawValue] }

    /// The level and description for a person, such as `fatal protocol_version`.
    public var summary: String { "\(level) \(description)" }
}
