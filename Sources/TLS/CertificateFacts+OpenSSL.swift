import Foundation
import Policy
internal import COpenSSL

extension CertificateFacts {
    /// Reads the facts the policy rules need from an OpenSSL certificate of a verified chain.
    init(openSSL certificate: OpaquePointer) {
        var names: (dns: [String], uris: [String]) = ([], [])
        if let raw = X509_get_ext_d2i(certificate, NID_subject_alt_name, nil, nil) {
            let general = OpaquePointer(raw)
            defer { mtls_GENERAL_NAMES_free(general) }
            for index in 0..<mtls_sk_GENERAL_NAME_num(general) {
                guard let name = mtls_sk_GENERAL_NAME_value(general, index) else { continue }
                switch name.pointee.type {
                case GEN_DNS: names.dns.append(Self.string(name.pointee.d.dNSName))
                case GEN_URI: names.uris.append(Self.string(name.pointee.d.uniformResourceIdentifier))
                default: break
                }
            }
        }
        let key = X509_get0_pubkey(certificate)
        let family: KeyFamily
        switch EVP_PKEY_get_base_id(key) {
        case EVP_PKEY_RSA, EVP_PKEY_RSA_PSS: family = .rsa
        case EVP_PKEY_EC: family = .ec
        case EVP_PKEY_ED25519, EVP_PKEY_ED448: family = .edwards
        default: family = .other
        }
        var digest: Int32 = 0
        var publicKeyType: Int32 = 0
        var hash: String?
        if OBJ_find_sigid_algs(X509_get_signature_nid(certificate), &digest, &publicKeyType) == 1,
            digest != NID_undef, let name = OBJ_nid2sn(digest)
        {
            hash = String(cString: name).uppercased().replacingOccurrences(of: "-", with: "")
        }
        var subject = "?"
        if let line = X509_NAME_oneline(X509_get_subject_name(certificate), nil, 0) {
            subject = String(cString: line)
            mtls_OPENSSL_free(line)
        }
        self.init(
            subject: subject,
            notBefore: Self.date(X509_get0_notBefore(certificate)),
            notAfter: Self.date(X509_get0_notAfter(certificate)),
            dnsNames: names.dns,
            uris: names.uris,
            isCA: X509_get_extension_flags(certificate) & UInt32(EXFLAG_CA) != 0,
            keyFamily: family,
            keyBits: Int(EVP_PKEY_get_bits(key)),
            signatureHash: hash
        )
    }

    private static func string(_ value: UnsafeMutablePointer<ASN1_STRING>?) -> String {
        guard let value, let data = ASN1_STRING_get0_data(value) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(value))), as: UTF8.self)
    }

    private static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        var parts = tm()
        guard let time, ASN1_TIME_to_tm(time, &parts) == 1 else { return .distantPast }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
