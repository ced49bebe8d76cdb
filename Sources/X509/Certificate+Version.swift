internal import DER

extension Certificate {
    /// A certificate's version: v1, v2 or v3.
    public struct Version: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The value as encoded: 0 for v1, 1 for v2, 2 for v3.
        public let rawValue: Int

        private init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// Version 1: no unique identifiers, no extensions.
        public static let v1 = Version(rawValue: 0)
        /// Version 2: unique identifiers allowed.
        public static let v2 = Version(rawValue: 1)
        /// Version 3: extensions allowed.
        public static let v3 = Version(rawValue: 2)

        /// Reads the optional `[0] EXPLICIT Version` at the start of tbsCertificate.
        ///
        /// DER forbids writing a DEFAULT value, so an explicit v1 is refused.
        static func read(from fields: inout DERSequenceReader) throws(X509Error) -> Version {
            let value = try reading("version") { () throws -> Int? in
                guard let wrapper = try fields.readIfPresent(.contextSpecific(0, isConstructed: true)) else {
                    return nil
                }
                var inner = try wrapper.children()
                let number = try inner.read(.integer, "version").integer(as: Int.self)
                try inner.finish()
                return number
            }
            guard let value else {
                return .v1
            }
            guard value == 1 || value == 2 else {
                let reason =
                    value == 0
                    ? "version v1 is the DEFAULT and must not be written in DER"
                    : "version value \(value) is not v1, v2 or v3"
                throw X509Error(.unsupportedVersion, reason)
            }
            return Version(rawValue: value)
        }

        /// Orders versions from v1 to v3.
        public static func < (lhs: Version, rhs: Version) -> Bool {
            lhs.rawValue < rhs.rawValue
        }

        /// `v1`, `v2` or `v3`.
        public var description: String {
            "v\(rawValue + 1)"
        }
    }
}
