internal import COpenSSL
import Foundation
import PKI
import Policy
import X509

/// Builds what OpenSSL's chain verification needs from ``EndpointConfiguration/PeerVerification``: the trust
/// store with its CRLs, and the verification parameters. Handshakes and offline verification both use it, so
/// the two can never disagree about how a chain is checked.
enum VerificationSetup {
    /// A new trust store holding the trust anchors and, when the policy checks revocation, the CRLs.
    ///
    /// - Returns: An `X509_STORE *` the caller owns.
    static func makeStore(_ verification: EndpointConfiguration.PeerVerification) throws(TLSError) -> OpaquePointer {
        guard let store = X509_STORE_new() else {
            throw TLSError(.allocationFailed, "cannot create an X509_STORE", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        do throws(TLSError) {
            for der in verification.trustAnchors {
                let anchor = try load { () throws(PKIError) in try OpenSSLCertificate(der: der) }
                guard X509_STORE_add_cert(store, anchor.pointer) == 1 else {
                    throw TLSError(
                        .configurationRejected, "OpenSSL refused a trust anchor",
                        openSSLErrors: OpenSSLErrorQueue.drain())
                }
            }
            if verification.policy.revocation != .off {
                for der in verification.crls {
                    let crl = try load { () throws(PKIError) in try OpenSSLCRL(der: der) }
                    guard X509_STORE_add_crl(store, crl.pointer) == 1 else {
                        throw TLSError(
                            .configurationRejected, "OpenSSL refused a CRL", openSSLErrors: OpenSSLErrorQueue.drain())
                    }
                }
            }
        } catch {
            X509_STORE_free(store)
            throw error
        }
        return store
    }

    private static func load<T>(_ body: () throws(PKIError) -> T) throws(TLSError) -> T {
        do {
            return try body()
        } catch {
            throw TLSError(.configurationRejected, "cannot load trust material: \(error)")
        }
    }

    /// Sets flags, time and purpose on verification parameters.
    ///
    /// Strict X.509 checks are on. OpenSSL's own test for unknown critical extensions is off, because the
    /// policy's rule on the project's own reader makes that decision, so that there is one path for it.
    ///
    /// - Parameters:
    ///   - parameters: An `X509_VERIFY_PARAM *`.
    ///   - peer: The role of the endpoint whose chain is checked, which decides the purpose.
    static func configure(
        _ parameters: OpaquePointer?, _ verification: EndpointConfiguration.PeerVerification, peer: EndpointRole
    ) throws(TLSError) {
        var flags = UInt(X509_V_FLAG_X509_STRICT | X509_V_FLAG_IGNORE_CRITICAL)
        if verification.policy.revocation != .off {
            flags |= UInt(X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL)
        }
        X509_VERIFY_PARAM_set_flags(parameters, flags)
        X509_VERIFY_PARAM_set_time(parameters, verification.referenceTime.clampedTimeT)
        // A handshake sets this from the endpoint's security level; offline verification must match it.
        X509_VERIFY_PARAM_set_auth_level(parameters, Int32(verification.policy.openSSLSecurityLevel))
        let purpose = peer == .client ? X509_PURPOSE_SSL_CLIENT : X509_PURPOSE_SSL_SERVER
        guard X509_VERIFY_PARAM_set_purpose(parameters, purpose) == 1 else {
            throw TLSError(.configurationRejected, "cannot set the verification purpose")
        }
        if let name = verification.expectedHostName, X509_VERIFY_PARAM_set1_host(parameters, name, 0) != 1 {
            throw TLSError(.configurationRejected, "cannot expect the host name '\(name)'")
        }
    }
}
