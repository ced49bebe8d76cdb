/// What the inspection shows of a certificate besides its size and fingerprint: names and validity, already
/// formatted for people.
///
/// The renderers take a ``CertificateSummarizer`` that fills it; ``x509`` is the default, and tests or tools
/// with another reader pass their own.
public struct CertificateSummary: Hashable, Sendable, Codable {
    /// The subject distinguished name, such as `CN=api.example`.
    public var subject: String
    /// The issuer distinguished name.
    public var issuer: String
    /// The start of the validity period.
    public var notBefore: String
    /// The end of the validity period.
    public var notAfter: String

    /// Creates a summary.
    public init(subject: String, issuer: String, notBefore: String, notAfter: String) {
        self.subject = subject
        self.issuer = issuer
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}

/// Reads a certificate's DER into a ``CertificateSummary``, or returns `nil` when it cannot.
public typealias CertificateSummarizer = @Sendable (_ der: [UInt8]) -> CertificateSummary?
