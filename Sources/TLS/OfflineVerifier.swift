internal import COpenSSL
import Foundation
import PKI
import Policy
import X509

/// Verifies a certificate chain under a policy without a handshake, through exactly the trust store,
/// parameters and judgement a handshake uses.
public enum OfflineVerifier {
    /// The decision on a chain.
    public struct Decision: Sendable, Hashable {
        /// Whether the chain is accepted.
        public var accepted: Bool
        /// The verification error when refused; ``VerificationError/rejectedByPolicy`` when a rule refused.
        public var error: VerificationError?
        /// The policy rule that refused, when one did.
        public var policyFailure: EndpointReport.PolicyFailure?
    }

    /// Verifies a chain.
    ///
    /// - Parameters:
    ///   - chain: The chain as the peer would send it, leaf first, DER.
    ///   - verification: Trust anchors, CRLs, reference time, expected host name and the policy.
    ///   - peer: The role of the endpoint that presents the chain (`.server` to check a server certificate).
    /// - Throws: ``TLSError`` when a certificate, CRL or setting cannot be loaded.
    public static func verify(
        chain: [[UInt8]], verification: EndpointConfiguration.PeerVerification, peer: EndpointRole
    ) throws(TLSError) -> Decision {
        guard !chain.isEmpty else {
            throw TLSError(.configurationRejected, "the chain holds no certificate")
        }
        let certificates: [OpenSSLCertificate]
        do {
            certificates = try chain.map { (der) throws(PKIError) in try OpenSSLCertificate(der: der) }
        } catch {
            throw TLSError(.configurationRejected, "cannot load the chain: \(error)")
        }
        let store = try VerificationSetup.makeStore(verification)
        defer { X509_STORE_free(store) }
        guard let context = X509_STORE_CTX_new(), let untrusted = mtls_sk_X509_new_null() else {
            throw TLSError(.allocationFailed, "cannot create a verification context")
        }
        defer {
            X509_STORE_CTX_free(context)
            mtls_sk_X509_pop_free(untrusted)
        }
        for certificate in certificates.dropFirst() {
            X509_up_ref(certificate.pointer)
            _ = mtls_sk_X509_push(untrusted, certificate.pointer)
        }
        guard X509_STORE_CTX_init(context, store, certificates[0].pointer, untrusted) == 1 else {
            throw TLSError(
                .configurationRejected, "cannot start verification", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        try VerificationSetup.configure(X509_STORE_CTX_get0_param(context), verification, peer: peer)
        let judgement = ChainVerifier.judge(context, verification, peer: peer)
        _ = OpenSSLErrorQueue.drain()
        return Decision(accepted: judgement.accepted, error: judgement.error, policyFailure: judgement.policyFailure)
    }
}
