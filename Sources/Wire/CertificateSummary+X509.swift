internal import X509

#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

extension CertificateSummary {
    /// Reads a certificate with the `X509` module's strict DER reader; `nil` for DER it refuses, so the
    /// renderers fall back to size and fingerprint. Times are shown in ISO 8601, UTC.
    public static let x509: CertificateSummarizer = { der in
        guard let certificate = try? Certificate(derEncoded: der) else { return nil }
        return CertificateSummary(
            subject: certificate.subject.description, issuer: certificate.issuer.description,
            notBefore: certificate.notBefore.formatted(.iso8601), notAfter: certificate.notAfter.formatted(.iso8601))
    }
}
