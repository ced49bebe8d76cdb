internal import COpenSSL
internal import DER
internal import X509

/// The verdict of reading the same bytes as a certificate with this package and with OpenSSL.
public enum X509CrossCheckResult: Sendable, Hashable {
    /// Both accepted and every compared field is equal.
    case agreement
    /// Both accepted the certificate but differ on at least one field.
    case disagreements([X509CrossCheckDisagreement])
    /// Both refused the bytes; the reason is this package's.
    case bothRefused(reason: String)
    /// This package accepted bytes that OpenSSL refused, for the reason given.
    case onlySwiftAccepted(openSSLReason: String)
    /// OpenSSL accepted bytes that this package refused, for the reason given; expected for BER leniencies
    /// that OpenSSL keeps (indefinite lengths, non-minimal encodings) and the RFC 5280 rules it leaves to
    /// verification.
    case onlyOpenSSLAccepted(swiftReason: String)

    /// Whether the result points at a bug: a value mismatch, or this package accepting what OpenSSL refuses.
    public var isSuspicious: Bool {
        switch self {
        case .agreement, .bothRefused, .onlyOpenSSLAccepted:
            return false
        case .onlySwiftAccepted:
            return true
        case .disagreements(let list):
            return list.contains { $0.kind == .valueMismatch }
        }
    }
}

/// Reads `der` as a certificate with ``X509/Certificate`` and with OpenSSL's `d2i_X509`, and compares what
/// both read.
///
/// Compared when both accept: version, serial number, signature algorithm and value, issuer and subject (DER
/// and attribute list), validity, the SubjectPublicKeyInfo DER, key size and curve, the extension list (OID,
/// critical flag, value), subjectAltName, basicConstraints, keyUsage and extKeyUsage. OpenSSL's `d2i_X509`
/// reads one certificate and ignores what follows, so trailing bytes count as an OpenSSL refusal here.
///
/// Safe on arbitrary bytes: nothing traps, and OpenSSL's error queue is left empty.
///
/// - Parameter der: The bytes to read.
/// - Returns: The verdict.
public func crossCheckX509(_ der: [UInt8]) -> X509CrossCheckResult {
    defer { ERR_clear_error() }
    let swiftResult: Result<Certificate, X509Error>
    do {
        swiftResult = .success(try Certificate(derEncoded: der))
    } catch {
        swiftResult = .failure(error)
    }
    let openSSLResult = X509CrossCheckOpenSSLCertificate.read(der)
    switch (swiftResult, openSSLResult) {
    case (.failure(let error), .failure):
        return .bothRefused(reason: error.description)
    case (.success, .failure(let reason)):
        return .onlySwiftAccepted(openSSLReason: reason.text)
    case (.failure(let error), .success):
        return .onlyOpenSSLAccepted(swiftReason: error.description)
    case (.success(let certificate), .success(let openSSL)):
        let differences = X509CrossCheckComparison(swift: certificate, openSSL: openSSL).differences()
        return differences.isEmpty ? .agreement : .disagreements(differences)
    }
}
