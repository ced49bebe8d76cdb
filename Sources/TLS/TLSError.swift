/// An error from setting up a TLS endpoint.
///
/// Handshake refusals are not errors: they are the outcome a scenario observes, reported in
/// ``HandshakeOutcome``. This error is for configurations OpenSSL would not take. Compared by ``code``.
public struct TLSError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String

        /// OpenSSL refused a setting, a certificate, a key or a CRL.
        public static let configurationRejected = Code(name: "configuration-rejected")
        /// OpenSSL could not allocate an object.
        public static let allocationFailed = Code(name: "allocation-failed")

        /// The text shown to people.
        public var description: String { name }
    }

    /// The kind of problem.
    public var code: Code
    /// One sentence for a person.
    public var reason: String
    /// OpenSSL's error queue at the time of the failure, oldest first.
    public var openSSLErrors: [String]
    /// The source file that raised the error.
    public var sourceFile: String
    /// The source line that raised the error.
    public var sourceLine: Int

    /// Creates an error.
    public init(
        _ code: Code, _ reason: String, openSSLErrors: [String] = [], sourceFile: String = #fileID,
        sourceLine: Int = #line
    ) {
        self.code = code
        self.reason = reason
        self.openSSLErrors = openSSLErrors
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }

    /// The text shown to people.
    public var description: String {
        openSSLErrors.isEmpty ? reason : "\(reason): \(openSSLErrors.joined(separator: "; "))"
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: TLSError, rhs: TLSError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, to agree with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
