internal import COpenSSL
import Foundation
import X509

/// Everything needed to issue one certificate: who it names, who signs it, when it is valid and what its
/// extensions say. Extensions use OpenSSL's configuration syntax (`critical,CA:TRUE`).
struct CertificateBlueprint {
    /// The hash a certificate is signed with.
    enum SignatureHash {
        case sha256
        case sha1
    }

    var commonName: String
    var organization = "mtls-harness"
    var notBefore: Date
    var notAfter: Date
    var extensions: [(nid: Int32, value: String)] = []
    /// Extensions given as a dotted OID, a critical flag and raw DER contents.
    var rawExtensions: [(oid: String, critical: Bool, der: [UInt8])] = []
    var signatureHash: SignatureHash = .sha256

    /// Issues the certificate for `key`, signed by `issuer` (or self-signed when `issuer` is `nil`).
    func issue(
        for key: OpenSSLKey, by issuer: (certificate: OpenSSLCertificate, key: OpenSSLKey)?
    ) throws(PKIError) -> OpenSSLCertificate {
        guard let raw = X509_new() else { throw failure("cannot allocate a certificate") }
        let certificate = OpenSSLCertificate(takingOwnershipOf: raw)
        guard X509_set_version(raw, 2) == 1, setSerial(raw), setValidity(raw), X509_set_pubkey(raw, key.pointer) == 1
        else {
            throw failure("cannot fill in '\(commonName)'")
        }
        guard let name = X509_NAME_new() else { throw failure("cannot allocate a name") }
        defer { X509_NAME_free(name) }
        guard add(organization, as: "O", to: name), add(commonName, as: "CN", to: name),
            X509_set_subject_name(raw, name) == 1
        else {
            throw failure("cannot set the subject '\(commonName)'")
        }
        let issuerCertificate = issuer?.certificate.pointer ?? raw
        guard X509_set_issuer_name(raw, X509_get_subject_name(issuerCertificate)) == 1 else {
            throw failure("cannot set the issuer of '\(commonName)'")
        }
        for (nid, value) in extensions where mtls_X509_add_conf_extension(raw, issuerCertificate, nid, value) != 1 {
            throw failure("cannot add extension '\(value)' to '\(commonName)'")
        }
        for custom in rawExtensions {
            let added = custom.der.withUnsafeBufferPointer {
                mtls_X509_add_raw_extension(raw, custom.oid, custom.critical ? 1 : 0, $0.baseAddress, $0.count)
            }
            guard added == 1 else { throw failure("cannot add extension \(custom.oid) to '\(commonName)'") }
        }
        let signingKey = issuer?.key.pointer ?? key.pointer
        guard X509_sign(raw, signingKey, digest(for: signingKey)) > 0 else {
            throw failure("cannot sign '\(commonName)'")
        }
        return certificate
    }

    private func digest(for signingKey: OpaquePointer) -> OpaquePointer? {
        if EVP_PKEY_get_base_id(signingKey) == EVP_PKEY_ED25519 { return nil }
        switch signatureHash {
        case .sha256: return EVP_sha256()
        case .sha1: return EVP_sha1()
        }
    }

    private func setSerial(_ certificate: OpaquePointer) -> Bool {
        // 16 random bytes with the top bit clear: positive, unique and at most 20 octets as RFC 5280 asks.
        var bytes = [UInt8](repeating: 0, count: 16)
        guard RAND_bytes(&bytes, Int32(bytes.count)) == 1 else { return false }
        bytes[0] = (bytes[0] & 0x7F) | 0x40
        guard let number = BN_bin2bn(bytes, Int32(bytes.count), nil) else { return false }
        defer { BN_free(number) }
        guard let serial = BN_to_ASN1_INTEGER(number, nil) else { return false }
        defer { ASN1_INTEGER_free(serial) }
        return X509_set_serialNumber(certificate, serial) == 1
    }

    private func setValidity(_ certificate: OpaquePointer) -> Bool {
        guard let start = ASN1_TIME_set(nil, notBefore.clampedTimeT) else { return false }
        defer { ASN1_TIME_free(start) }
        guard let end = ASN1_TIME_set(nil, notAfter.clampedTimeT) else { return false }
        defer { ASN1_TIME_free(end) }
        return X509_set1_notBefore(certificate, start) == 1 && X509_set1_notAfter(certificate, end) == 1
    }

    private func add(_ value: String, as field: String, to name: OpaquePointer) -> Bool {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, value, -1, -1, 0) == 1
    }

    private func failure(_ reason: String) -> PKIError {
        PKIError(.openSSLFailure, reason, openSSLErrors: OpenSSLErrorQueue.drain())
    }
}
