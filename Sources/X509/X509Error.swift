public import DER

/// A reason the X.509 layer refused a certificate, a PEM document, a name or a pin.
///
/// Errors compare by ``code`` alone. ``reason`` is for people; it names the element or line at fault.
public struct X509Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule was broken. Codes are opaque: new ones may be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The bytes are not valid DER; ``X509Error/derError`` holds the reader's error.
        public static let malformedDER = Code("malformedDER")
        /// The DER is valid but breaks a rule of RFC 5280's certificate structure.
        public static let invalidCertificate = Code("invalidCertificate")
        /// The certificate version is not v1, v2 or v3, or does not allow the fields present.
        public static let unsupportedVersion = Code("unsupportedVersion")
        /// Two extensions share an OID.
        public static let duplicateExtension = Code("duplicateExtension")
        /// An extension's value does not decode as its OID requires.
        public static let malformedExtension = Code("malformedExtension")
        /// The public key does not match its algorithm.
        public static let invalidPublicKey = Code("invalidPublicKey")
        /// A PEM document is malformed, or has another label than the one required.
        public static let invalidPEM = Code("invalidPEM")
        /// A pin is malformed: unknown algorithm, bad encoding or a digest of the wrong length.
        public static let invalidPin = Code("invalidPin")
        /// The digest of a public key could not be computed.
        public static let digestFailed = Code("digestFailed")

        /// The code's name, for logs and test failures.
        public var description: String {
            name
        }
    }

    /// Which rule was broken.
    public let code: Code
    /// What was wrong, in words, for a person.
    public let reason: String
    /// The DER reader's error, when the bytes themselves were not valid DER.
    public let derError: DERError?
    /// The index of the offending byte in the DER input, when known.
    public let offset: Int?
    /// The line of a PEM document at fault, counting from 1, when the input was text.
    public let textLine: Int?
    /// The source file that raised the error.
    public let file: String
    /// The source line that raised the error.
    public let line: UInt

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The rule that was broken.
    ///   - reason: A sentence for a person.
    ///   - offset: The offending byte of DER input, if any.
    ///   - textLine: The offending line of PEM input, if any.
    ///   - derError: The underlying DER error, if any.
    ///   - file: The raising file, filled in by the compiler.
    ///   - line: The raising line, filled in by the compiler.
    public init(
        _ code: Code,
        _ reason: String,
        offset: Int? = nil,
        textLine: Int? = nil,
        derError: DERError? = nil,
        file: String = #fileID,
        line: UInt = #line
    ) {
        self.code = code
        self.reason = reason
        self.offset = offset
        self.textLine = textLine
        self.derError = derError
        self.file = file
        self.line = line
    }

    /// Wraps a DER reader's error, saying which part of the certificate was being read.
    static func der(_ error: DERError, in context: String, file: String = #fileID, line: UInt = #line) -> X509Error {
        X509Error(
            .malformedDER,
            "\(context): \(error.reason)",
            offset: error.offset,
            derError: error,
            file: file,
            line: line
        )
    }

    /// Two errors are equal when their codes are.
    public static func == (lhs: X509Error, rhs: X509Error) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, in keeping with equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// The code, the position and the reason on one line.
    public var description: String {
        var position = ""
        if let offset {
            position = " at byte \(offset)"
        } else if let textLine {
            position = " at line \(textLine)"
        }
        return position.isEmpty ? reason : "\(position.dropFirst()): \(reason)"
    }
}
