internal import X509

extension FuzzTarget {
    /// The certificate reader, checked against OpenSSL's `d2i_X509` on the same bytes with
    /// ``crossCheckX509(_:)``.
    ///
    /// Traps when both readers accept and a compared field (serial, names, validity, key, SANs, basic
    /// constraints, key usage, EKU, ...) differs in value, and when this package accepts bytes OpenSSL refuses.
    /// Bytes OpenSSL accepts that are not DER, and fields one side refuses while the other decodes them, are the
    /// documented strictness differences: ``FuzzOutcome/tolerated``. A certificate this package accepts must
    /// also survive a PEM round trip and pin to the same key from its DER and from its PEM form.
    public static let x509 = FuzzTarget(
        name: "x509",
        property: "when this package and d2i_X509 both accept, every compared field agrees"
    ) { bytes in
        let result = crossCheckX509(bytes)
        if result.isSuspicious {
            violated("x509", "the readers disagree on \(hex(bytes)): \(describe(result))")
        }
        switch result {
        case .agreement:
            checkRoundTrip(bytes)
            return .accepted
        case .disagreements:
            checkRoundTrip(bytes)
            return .tolerated
        case .onlyOpenSSLAccepted:
            return .tolerated
        case .bothRefused, .onlySwiftAccepted:
            return .rejected
        }
    }

    private static func describe(_ result: X509CrossCheckResult) -> String {
        switch result {
        case .disagreements(let list):
            return list.filter { $0.kind == .valueMismatch }.map(\.description).joined(separator: "; ")
        case .onlySwiftAccepted(let reason):
            return "only this package accepted; OpenSSL said \(reason)"
        default:
            return "\(result)"
        }
    }

    /// Writes an accepted certificate as PEM, reads it back, and compares certificate and pin.
    private static func checkRoundTrip(_ bytes: [UInt8]) {
        guard let certificate = try? Certificate(derEncoded: bytes) else {
            violated("x509", "a certificate accepted once is refused on a second read")
        }
        guard let again = try? Certificate(pemEncoded: certificate.pemEncoded), again == certificate,
            again.derEncoded == bytes
        else {
            violated("x509", "the PEM form of an accepted certificate does not read back to it")
        }
        let pin = try? SPKIPin(certificate: certificate)
        guard pin == (try? SPKIPin(certificate: again)) else {
            violated("x509", "the DER and PEM forms of one certificate pin to different keys")
        }
    }
}
