internal import COpenSSL
import Foundation
internal import PKI
internal import Policy
internal import TLS
internal import Wire
internal import X509

/// Checks again, without the server under test, the client chain of a handshake that server completed.
///
/// The chain is taken from the wire (the transcript, decrypted with its key log), verified by a fresh OpenSSL
/// store holding only the PKI's trust anchor and CRLs at the PKI's reference time, and the verified chain is
/// read by this package's certificate reader and handed to the policy's rules. None of that reuses the server's
/// store, callback or chain, so a server that completes without having checked its peer fails the audit.
///
/// Known shortcoming: `crl-soft-fail` policies are audited as if revocation were off, which is weaker than
/// what the server enforces and therefore never a false alarm.
struct ClientChainAudit {
    /// What the audit found.
    enum Finding: Equatable {
        /// The chain verifies and meets every rule of the policy.
        case passed
        /// The transcript does not show the chain (for example a record the inspector cannot read); nothing
        /// can be said.
        case unreadable(String)
        /// The server completed a handshake it should have refused.
        case failed(String)
    }

    let policy: TLSPolicy
    let pki: ScenarioPKI

    /// Audits a handshake whose server side completed.
    ///
    /// - Parameter outcome: The handshake.
    /// - Returns: The finding.
    func audit(_ outcome: HandshakeOutcome) -> Finding {
        let report = outcome.server
        if let error = report.verificationError {
            return .failed("the server completed after chain verification reported \(error)")
        }
        if let failure = report.policyFailure {
            return .failed("the server completed after policy rule \(failure.rule) refused: \(failure.reason)")
        }
        guard let inspection = try? HandshakeInspection(transcript: outcome.transcript) else {
            return .unreadable("the transcript cannot be inspected")
        }
        guard let sent = inspection.certificateChains.last(where: { $0.direction == .clientToServer }) else {
            if policy.clientCertificate == .required {
                return .unreadable("no client Certificate message can be read from the transcript")
            }
            return .passed
        }
        guard !sent.certificates.isEmpty else {
            let required = policy.clientCertificate == .required
            return required ? .failed("the server completed without a client certificate, which it requires") : .passed
        }
        let verified: [[UInt8]]
        switch verify(sent.certificates) {
        case .success(let chain):
            verified = chain
        case .failure(let refusal):
            return .failed("the server completed with a client chain that OpenSSL refuses: \(refusal.reason)")
        }
        var certificates: [Certificate] = []
        for der in verified {
            guard let certificate = try? Certificate(derEncoded: der) else {
                return .unreadable("a verified certificate is not DER this package reads")
            }
            certificates.append(certificate)
        }
        if case .fails(let rule, let reason) = policy.evaluate(chain: certificates, peer: .client) {
            return .failed("the server completed with a client chain that fails rule \(rule): \(reason())")
        }
        return .passed
    }

    /// Why the audit's own verification refused a chain.
    struct Refusal: Error {
        let reason: String
    }

    /// Verifies `chain` (leaf first, the rest untrusted) for TLS client use and returns the chain OpenSSL built,
    /// leaf first and trust anchor last.
    private func verify(_ chain: [[UInt8]]) -> Result<[[UInt8]], Refusal> {
        defer { ERR_clear_error() }
        guard let store = X509_STORE_new(), let context = X509_STORE_CTX_new(),
            let untrusted = mtls_sk_X509_new_null()
        else {
            return .failure(Refusal(reason: "OpenSSL cannot allocate a verification context"))
        }
        defer {
            X509_STORE_CTX_free(context)
            mtls_sk_X509_pop_free(untrusted)
            X509_STORE_free(store)
        }
        guard let anchor = Self.certificate(pki.trustAnchor) else {
            return .failure(Refusal(reason: "the trust anchor does not decode"))
        }
        X509_STORE_add_cert(store, anchor)
        X509_free(anchor)
        var flags = UInt(0)
        if policy.revocation == .crlHardFail {
            for der in pki.crls {
                guard let crl = Self.crl(der) else {
                    return .failure(Refusal(reason: "a CRL does not decode"))
                }
                X509_STORE_add_crl(store, crl)
                X509_CRL_free(crl)
            }
            flags = UInt(X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL)
        }
        for der in chain.dropFirst() {
            guard let intermediate = Self.certificate(der) else {
                return .failure(Refusal(reason: "a chain certificate does not decode"))
            }
            mtls_sk_X509_push(untrusted, intermediate)
        }
        guard let leaf = Self.certificate(chain[0]) else {
            return .failure(Refusal(reason: "the leaf does not decode"))
        }
        defer { X509_free(leaf) }
        guard X509_STORE_CTX_init(context, store, leaf, untrusted) == 1 else {
            return .failure(Refusal(reason: "OpenSSL cannot start verification"))
        }
        let parameters = X509_STORE_CTX_get0_param(context)
        X509_VERIFY_PARAM_set_flags(parameters, flags)
        X509_VERIFY_PARAM_set_time(parameters, time_t(pki.referenceTime.timeIntervalSince1970))
        X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_CLIENT)
        guard X509_verify_cert(context) == 1 else {
            let code = X509_STORE_CTX_get_error(context)
            return .failure(Refusal(reason: String(cString: X509_verify_cert_error_string(Int(code)))))
        }
        let built = X509_STORE_CTX_get0_chain(context)
        return .success((0..<mtls_sk_X509_num(built)).map { index in Self.der(mtls_sk_X509_value(built, index)) })
    }

    private static func certificate(_ der: [UInt8]) -> OpaquePointer? {
        der.withUnsafeBufferPointer { buffer in
            var cursor = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
    }

    private static func crl(_ der: [UInt8]) -> OpaquePointer? {
        der.withUnsafeBufferPointer { buffer in
            var cursor = buffer.baseAddress
            return d2i_X509_CRL(nil, &cursor, buffer.count)
        }
    }

    private static func der(_ certificate: OpaquePointer?) -> [UInt8] {
        let length = i2d_X509(certificate, nil)
        guard length > 0 else {
            return []
        }
        var bytes = [UInt8](repeating: 0, count: Int(length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var cursor = buffer.baseAddress
            _ = i2d_X509(certificate, &cursor)
        }
        return bytes
    }
}
