internal import COpenSSL
import Foundation
import PKI
import Policy
import X509

/// The one place a peer's chain is judged: OpenSSL builds and verifies the chain (trust, signatures, validity
/// at the reference time, purpose, host name, CRLs), then the policy's own rules run on the verified chain as
/// read by the project's X.509 reader.
///
/// During a handshake it is installed with `SSL_CTX_set_cert_verify_callback`, so it replaces OpenSSL's call
/// to `X509_verify_cert` and the alert OpenSSL sends follows from the error it leaves in the store context.
/// ``OfflineVerifier`` calls the same ``judge(_:_:peer:)`` outside any handshake.
enum ChainVerifier {
    /// What the verifier decided.
    struct Judgement {
        var accepted: Bool
        var error: VerificationError?
        var policyFailure: EndpointReport.PolicyFailure?
    }

    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = { storeContext, _ in
        guard let storeContext else { return 0 }
        let ssl = OpaquePointer(X509_STORE_CTX_get_ex_data(storeContext, SSL_get_ex_data_X509_STORE_CTX_idx()))
        guard let endpoint = OpenSSLEndpoint.from(ssl), let verification = endpoint.configuration.verification else {
            X509_STORE_CTX_set_error(storeContext, X509_V_ERR_APPLICATION_VERIFICATION)
            return 0
        }
        let judgement = judge(storeContext, verification, peer: endpoint.role.peer)
        endpoint.recordVerification(error: judgement.error, policyFailure: judgement.policyFailure)
        return judgement.accepted ? 1 : 0
    }

    private static let softFailCallback: @convention(c) (Int32, OpaquePointer?) -> Int32 = { ok, storeContext in
        if ok == 0 && X509_STORE_CTX_get_error(storeContext) == X509_V_ERR_UNABLE_TO_GET_CRL {
            X509_STORE_CTX_set_error(storeContext, X509_V_OK)
            return 1
        }
        return ok
    }

    /// Verifies the chain in an initialised store context and applies the policy's rules.
    ///
    /// On refusal the store context holds the error OpenSSL reported, or `X509_V_ERR_CERT_REJECTED` when a
    /// policy rule refused.
    static func judge(
        _ storeContext: OpaquePointer, _ verification: EndpointConfiguration.PeerVerification, peer: EndpointRole
    ) -> Judgement {
        let policy = verification.policy
        if policy.dangerouslyAcceptAnyCertificate {
            return Judgement(accepted: true)
        }
        if policy.revocation == .crlSoftFail {
            X509_STORE_CTX_set_verify_cb(storeContext, softFailCallback)
        }
        guard X509_verify_cert(storeContext) == 1 else {
            return Judgement(accepted: false, error: VerificationError(code: X509_STORE_CTX_get_error(storeContext)))
        }
        let rejection: EndpointReport.PolicyFailure?
        switch readChain(X509_STORE_CTX_get0_chain(storeContext)) {
        case .failure(let error):
            rejection = .init(rule: .unreadableCertificate, reason: "the chain cannot be read: \(error.reason)")
        case .success(let chain):
            if case .fails(let rule, let reason) = policy.evaluate(chain: chain, peer: peer) {
                rejection = .init(rule: rule, reason: reason())
            } else {
                rejection = nil
            }
        }
        guard let rejection else { return Judgement(accepted: true) }
        X509_STORE_CTX_set_error(storeContext, VerificationError.rejectedByPolicy.code)
        return Judgement(accepted: false, error: .rejectedByPolicy, policyFailure: rejection)
    }

    /// Reads each certificate of an OpenSSL chain with the project's own reader.
    private static func readChain(_ chain: OpaquePointer?) -> Result<[Certificate], X509Error> {
        var certificates: [Certificate] = []
        for index in 0..<mtls_sk_X509_num(chain) {
            guard let pointer = mtls_sk_X509_value(chain, index) else { continue }
            do {
                certificates.append(try Certificate(derEncoded: OpenSSLCertificate(addingReferenceTo: pointer).der()))
            } catch {
                return .failure(error)
            }
        }
        return .success(certificates)
    }
}
