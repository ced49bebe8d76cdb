/// A reason the DER reader refused its input, or the writer its arguments.
///
/// Errors compare by ``code`` alone, so a test can ask which rule fired without matching the prose of
/// ``reason``. ``offset`` is the index, in the collection handed to the reader, of the byte where the problem
/// was found; for a slice it counts from the start of the slice's base array, as slice indices do.
public struct DERError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule an input broke. Codes are opaque: new ones may be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The input ended before an element it announced.
        public static let truncated = Code("truncated")
        /// A length used the indefinite form (0x80), which DER forbids.
        public static let indefiniteLength = Code("indefiniteLength")
        /// A length was not written in the fewest possible bytes.
        public static let nonMinimalLength = Code("nonMinimalLength")
        /// A length does not fit the reader's integer type.
        public static let lengthTooLarge = Code("lengthTooLarge")
        /// A tag number was not written in its shortest form.
        public static let nonMinimalTag = Code("nonMinimalTag")
        /// A tag number is beyond what the reader supports (2^32 - 1).
        public static let tagTooLarge = Code("tagTooLarge")
        /// Bytes remained after the element that should have ended the input or its parent.
        public static let trailingBytes = Code("trailingBytes")
        /// An element had a tag other than the one the structure requires.
        public static let unexpectedTag = Code("unexpectedTag")
        /// A universal type appeared in the wrong form (constructed where DER requires primitive, or the reverse),
        /// or the reserved universal tag 0 appeared.
        public static let invalidForm = Code("invalidForm")
        /// A BOOLEAN was not one byte of 0x00 or 0xFF.
        public static let invalidBoolean = Code("invalidBoolean")
        /// An INTEGER was empty or began with a redundant 0x00 or 0xFF byte.
        public static let invalidInteger = Code("invalidInteger")
        /// An INTEGER does not fit the requested Swift type.
        public static let integerOverflow = Code("integerOverflow")
        /// A NULL had content.
        public static let invalidNull = Code("invalidNull")
        /// A BIT STRING had a bad unused-bits count or nonzero unused bits.
        public static let invalidBitString = Code("invalidBitString")
        /// An OBJECT IDENTIFIER was empty, truncated, had a padded arc or an arc beyond 2^64 - 1.
        public static let invalidObjectIdentifier = Code("invalidObjectIdentifier")
        /// A UTCTime or GeneralizedTime was not in the single form RFC 5280 allows, or named no real instant.
        public static let invalidTime = Code("invalidTime")
        /// A character string held bytes its type does not allow.
        public static let invalidString = Code("invalidString")
        /// Elements were nested deeper than the reader's limit.
        public static let nestingTooDeep = Code("nestingTooDeep")
        /// A value handed to the writer cannot be encoded.
        public static let unencodable = Code("unencodable")

        /// The code's name, for logs and test failures.
        public var description: String {
            name
        }
    }

    /// Which rule was broken.
    public let code: Code
    /// What was wrong, in words, for a person.
    public let reason: String
    /// The index of the offending byte in the input collection.
    public let offset: Int
    /// The source file that raised the error.
    public let file: String
    /// The source line that raised the error.
    public let line: UInt

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The rule that was broken.
    ///   - reason: A sentence for a person.
    ///   - offset: The index of the offending byte in the input.
    ///   - file: The raising file, filled in by the compiler.
    ///   - line: The raising line, filled in by the compiler.
    public init(_ code: Code, _ reason: String, offset: Int, file: String = #fileID, line: UInt = #line) {
        self.code = code
        self.reason = reason
        self.offset = offset
        self.file = file
        self.line = line
    }

    /// Two errors are equal when their codes are.
    public static func == (lhs: DERError, rhs: DERError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, in keeping with equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// The code, the offset and the reason on one line.
    public var description: String {
        "DERError.\(code) at byte \(offset): \(reason)"
    }
}
