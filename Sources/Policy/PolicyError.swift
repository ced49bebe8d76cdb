/// An error from loading, validating or applying a ``TLSPolicy``.
///
/// Errors are compared by ``code``; ``reason`` is for people and may change wording between releases.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is. Compare errors by code, never by reason.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String

        /// The file is not valid JSON or not a JSON object.
        public static let malformedJSON = Code(name: "malformed-json")
        /// The file names a field the policy format does not have.
        public static let unknownField = Code(name: "unknown-field")
        /// A field has the wrong JSON type.
        public static let wrongType = Code(name: "wrong-type")
        /// A required field is absent.
        public static let missingField = Code(name: "missing-field")
        /// A cipher suite, group, signature algorithm, version or hash name is not one this tool knows.
        public static let unknownName = Code(name: "unknown-name")
        /// The values contradict each other or leave nothing to negotiate.
        public static let inconsistent = Code(name: "inconsistent")
        /// A preset name that does not exist.
        public static let unknownPreset = Code(name: "unknown-preset")
        /// The policy file could not be read.
        public static let unreadableFile = Code(name: "unreadable-file")

        /// The text shown to people.
        public var description: String { name }
    }

    /// The kind of problem.
    public var code: Code
    /// One sentence for a person: the field and what is wrong with it.
    public var reason: String
    /// The policy file the problem was found in, when there was one.
    public var file: String?
    /// The source file that raised the error, for bug reports.
    public var sourceFile: String
    /// The source line that raised the error, for bug reports.
    public var sourceLine: Int

    /// Creates an error.
    public init(
        _ code: Code, _ reason: String, file: String? = nil, sourceFile: String = #fileID, sourceLine: Int = #line
    ) {
        self.code = code
        self.reason = reason
        self.file = file
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }

    /// The one-line message the command line prints: the policy file, then the reason.
    public var description: String {
        if let file { return "\(file): \(reason)" }
        return reason
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: PolicyError, rhs: PolicyError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, to agree with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
