internal import COpenSSL
internal import X509

/// The one error type of the `Wire` module: raised when bytes are not the TLS they claim to be, when a record
/// cannot be decrypted, or when OpenSSL fails underneath.
///
/// Errors compare by ``code`` alone, so a test can match the kind of failure without the wording of the reason.
/// The reason is meant for a person; it names the structure that was being read and, for parse failures, the
/// ``offset`` of the first byte that did not fit.
public struct WireError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An opaque identifier for the kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let rawValue: UInt8
        private init(_ rawValue: UInt8) { self.rawValue = rawValue }

        /// The input ended before the structure it declared was complete.
        public static let truncated = Code(1)
        /// The input is complete but breaks the encoding rules (a wrong length, a forbidden value, trailing bytes).
        public static let malformed = Code(2)
        /// A record declared a length above the limit of RFC 8446 §5.2 (2^14 + 256 bytes).
        public static let oversizedRecord = Code(3)
        /// The bytes do not look like TLS records at all.
        public static let notTLS = Code(4)
        /// The input is well formed but asks for something this module does not do.
        public static let unsupported = Code(5)
        /// A protected record failed authentication under the keys that should protect it.
        public static let decryptionFailed = Code(6)
        /// The key log has no secret for the record that was to be decrypted.
        public static let missingSecret = Code(7)
        /// An OpenSSL call failed; the reason carries OpenSSL's error queue.
        public static let openSSL = Code(8)

        /// A short stable name for the code.
        public var description: String {
            switch rawValue {
            case 1: "truncated"
            case 2: "malformed"
            case 3: "oversizedRecord"
            case 4: "notTLS"
            case 5: "unsupported"
            case 6: "decryptionFailed"
            case 7: "missingSecret"
            default: "openSSL"
            }
        }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A one-line explanation for a person.
    public var reason: String
    /// The offset of the offending byte within the input that was being parsed, when there is one.
    public var offset: Int?
    /// The source file that raised the error.
    public var file: String
    /// The source line that raised the error.
    public var line: Int

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - reason: A one-line explanation for a person.
    ///   - offset: The offset of the offending byte in the parsed input, if any.
    public init(
        _ code: Code, _ reason: String, offset: Int? = nil, file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.reason = reason
        self.offset = offset
        self.file = file
        self.line = line
    }

    /// The reason, with the offset when there is one.
    public var description: String {
        if let offset { return "\(reason) (at byte \(offset))" }
        return reason
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: WireError, rhs: WireError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, to agree with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// An OpenSSL failure, with OpenSSL's error queue drained into the reason.
    static func openSSL(_ what: String, file: String = #fileID, line: Int = #line) -> WireError {
        let messages = OpenSSLErrorQueue.drain()
        let queue = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        return WireError(.openSSL, "\(what) failed\(queue)", file: file, line: line)
    }
}
