/// One field on which this package's certificate reader and OpenSSL's `d2i_X509` differ.
public struct X509CrossCheckDisagreement: Sendable, Hashable, CustomStringConvertible {
    /// How the two readers differ.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// Both decoded the field and got different values: a bug in one of them.
        public static let valueMismatch = Kind("valueMismatch")
        /// This package refused the field (a stricter DER or RFC 5280 rule) while OpenSSL decoded it.
        public static let swiftStricter = Kind("swiftStricter")
        /// OpenSSL refused the field (for example a public key point off its curve) while this package, which
        /// checks structure and not arithmetic, accepted it.
        public static let openSSLStricter = Kind("openSSLStricter")

        /// The kind's name.
        public var description: String {
            name
        }
    }

    /// The field, such as `subject` or `subjectAltName`.
    public let field: String
    /// How the readers differ.
    public let kind: Kind
    /// What this package read, or why it refused.
    public let swift: String
    /// What OpenSSL read, or why it refused.
    public let openSSL: String

    /// Creates a disagreement.
    ///
    /// - Parameters:
    ///   - field: The field.
    ///   - kind: How the readers differ.
    ///   - swift: This package's value or refusal.
    ///   - openSSL: OpenSSL's value or refusal.
    public init(field: String, kind: Kind, swift: String, openSSL: String) {
        self.field = field
        self.kind = kind
        self.swift = swift
        self.openSSL = openSSL
    }

    /// `field (kind): swift=... openssl=...`.
    public var description: String {
        "\(field) (\(kind)): swift=\(swift) openssl=\(openSSL)"
    }
}
