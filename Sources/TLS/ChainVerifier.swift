import Foundation
import PKI
import Policy
internal import COpenSSL

/// The one place a peer's chain is judged: OpenSSL builds and verifies the chain (trust, signatures, validity
/// at the reference time, purpose, host name, CRLs), then the policy's own rules run on the verified chain.
///
/// Installed with `SSL_CTX_set_cert_verify_callback`, so it replaces OpenSSL's call to `X509_verify_cert`
/// and the alert OpenSSL sends follows from the error it leaves in the store context.
enum ChainVerifier {
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = { storeContext, _ in
        guard let storeContext else { return 0 }
        let ssl = OpaquePointer(X509_STORE_CTX_get_ex_data(storeContext, SSL_get_ex_data_X509_STORE_CTX_idx()))
        guard let endpoint = OpenSSLEndpoint.from(ssl), let verification = endpoint.configuration.verification else {
            X509_STORE_CTX_set_error(storeContext, X509_V_ERR_APPLICATION_VERIFICATION)
            return 0
        }
        return verify(storeContext, verification, endpoint) ? 1 : 0
    }

    private static let softFailCallback: @convention(c) (Int32, OpaquePointer?) -> Int32 = { ok, storeContext in
        if ok == 0 && X509_STORE_CTX_get_error(storeContext) == X509_V_ERR_UNABLE_TO_GET_CRL {
            X509_STORE_CTX_set_error(storeContext, X509_V_OK)
            return 1
        }
        return ok
    }

    private static func verify(
        _ storeContext: OpaquePointer, _ verification: EndpointConfiguration.PeerVerification,
        _ endpoint: OpenSSLEndpoint
    ) -> Bool {
        let policy = verification.policy
        if policy.dangerouslyAcceptAnyCertificate {
            return true
        }
        if policy.revocation == .crlSoftFail {
            X509_STORE_CTX_set_verify_cb(storeContext, softFailCallback)
        }
        guard X509_verify_cert(storeContext) == 1 else {
            let error = VerificationError(code: X509_STORE_CTX_get_error(storeContext))
            endpoint.recordVerification(error: error, policyFailure: nil)
            return false
        }
        let chain = X509_STORE_CTX_get0_chain(storeContext)
        let facts = (0..<mtls_sk_X509_num(chain)).compactMap { index in
            mtls_sk_X509_value(chain, index).map(CertificateFacts.init(openSSL:))
        }
        if case .fails(let rule, let reason) = policy.evaluate(chain: facts) {
            X509_STORE_CTX_set_error(storeContext, VerificationError.rejectedByPolicy.code)
            endpoint.recordVerification(
                error: .rejectedByPolicy, policyFailure: EndpointReport.PolicyFailure(rule: rule, reason: reason())
            )
            return false
        }
        return true
    }
}
