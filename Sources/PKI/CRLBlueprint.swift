internal import COpenSSL
import Foundation
import X509

/// A certificate revocation list to issue: its issuing CA, its update times and the certificates it revokes.
struct CRLBlueprint {
    var thisUpdate: Date
    var nextUpdate: Date
    var revoked: [OpenSSLCertificate] = []

    /// Issues the CRL, signed by the CA's key with SHA-256.
    func issue(by issuer: (certificate: OpenSSLCertificate, key: OpenSSLKey)) throws(PKIError) -> OpenSSLCRL {
        guard let raw = X509_CRL_new() else { throw failure("cannot allocate a CRL") }
        let crl = OpenSSLCRL(takingOwnershipOf: raw)
        guard let lastUpdate = ASN1_TIME_set(nil, thisUpdate.clampedTimeT) else {
            throw failure("cannot encode thisUpdate")
        }
        defer { ASN1_TIME_free(lastUpdate) }
        guard let next = ASN1_TIME_set(nil, nextUpdate.clampedTimeT) else {
            throw failure("cannot encode nextUpdate")
        }
        defer { ASN1_TIME_free(next) }
        guard X509_CRL_set_version(raw, 1) == 1,
            X509_CRL_set_issuer_name(raw, X509_get_subject_name(issuer.certificate.pointer)) == 1,
            X509_CRL_set1_lastUpdate(raw, lastUpdate) == 1, X509_CRL_set1_nextUpdate(raw, next) == 1
        else {
            throw failure("cannot fill in a CRL")
        }
        for certificate in revoked {
            guard let entry = X509_REVOKED_new() else { throw failure("cannot allocate a CRL entry") }
            guard X509_REVOKED_set_serialNumber(entry, X509_get_serialNumber(certificate.pointer)) == 1,
                X509_REVOKED_set_revocationDate(entry, lastUpdate) == 1, X509_CRL_add0_revoked(raw, entry) == 1
            else {
                X509_REVOKED_free(entry)
                throw failure("cannot add a CRL entry")
            }
        }
        guard X509_CRL_sort(raw) == 1,
            mtls_X509_CRL_add_conf_extension(
                raw, issuer.certificate.pointer, NID_authority_key_identifier, "keyid:always") == 1,
            addNumber(to: raw),
            X509_CRL_sign(raw, issuer.key.pointer, EVP_sha256()) > 0
        else {
            throw failure("cannot sign a CRL")
        }
        return crl
    }

    /// RFC 5280 requires a CRL number; every CRL here is its issuer's first.
    private func addNumber(to crl: OpaquePointer) -> Bool {
        guard let number = ASN1_INTEGER_new() else { return false }
        defer { ASN1_INTEGER_free(number) }
        return ASN1_INTEGER_set(number, 1) == 1 && X509_CRL_add1_ext_i2d(crl, NID_crl_number, number, 0, 0) == 1
    }

    private func failure(_ reason: String) -> PKIError {
        PKIError(.openSSLFailure, reason, openSSLErrors: OpenSSLErrorQueue.drain())
    }
}
