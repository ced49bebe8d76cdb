internal import COpenSSL
import Foundation
import PKI
import Policy
import X509

/// Owns an OpenSSL `SSL_CTX` built from an ``EndpointConfiguration`` and frees it when released.
final class OpenSSLContext {
    let pointer: OpaquePointer

    /// Builds the context: versions, ciphers, groups, signature algorithms, security level, credentials,
    /// verification mode, trust store with CRLs, verification time, purpose and flags.
    init(_ configuration: EndpointConfiguration) throws(TLSError) {
        guard let context = SSL_CTX_new(TLS_method()) else {
            throw TLSError(.allocationFailed, "cannot create an SSL_CTX", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        pointer = context
        try apply(configuration)
    }

    deinit {
        SSL_CTX_free(pointer)
    }

    private func check(_ succeeded: Bool, _ what: @autoclosure () -> String) throws(TLSError) {
        if !succeeded {
            throw TLSError(.configurationRejected, what(), openSSLErrors: OpenSSLErrorQueue.drain())
        }
    }

    private func apply(_ configuration: EndpointConfiguration) throws(TLSError) {
        SSL_CTX_set_security_level(pointer, Int32(configuration.securityLevel))
        try check(
            mtls_SSL_CTX_set_min_proto_version(pointer, Int32(configuration.minimumVersion.wireValue)) == 1,
            "cannot set the minimum version \(configuration.minimumVersion.rawValue)"
        )
        try check(
            mtls_SSL_CTX_set_max_proto_version(pointer, Int32(configuration.maximumVersion.wireValue)) == 1,
            "cannot set the maximum version \(configuration.maximumVersion.rawValue)"
        )
        if !configuration.cipherList.isEmpty {
            try check(
                SSL_CTX_set_cipher_list(pointer, configuration.cipherList) == 1,
                "no cipher in '\(configuration.cipherList)' is available"
            )
        }
        try check(
            SSL_CTX_set_ciphersuites(pointer, configuration.tls13CipherSuites) == 1,
            "cannot set the TLS 1.3 suites '\(configuration.tls13CipherSuites)'"
        )
        try check(
            mtls_SSL_CTX_set1_groups_list(pointer, configuration.groups) == 1,
            "cannot set the groups '\(configuration.groups)'"
        )
        if let algorithms = configuration.signatureAlgorithms {
            try check(
                mtls_SSL_CTX_set1_sigalgs_list(pointer, algorithms) == 1,
                "cannot set the signature algorithms '\(algorithms)'"
            )
        }
        // No session tickets and no cache: every scenario is one full handshake and nothing more.
        SSL_CTX_set_num_tickets(pointer, 0)
        _ = mtls_SSL_CTX_set_session_cache_mode(pointer, Int(SSL_SESS_CACHE_OFF))
        // Send exactly the chain the credential names, never one OpenSSL completes from a store.
        _ = SSL_CTX_ctrl(pointer, SSL_CTRL_MODE, Int(SSL_MODE_NO_AUTO_CHAIN), nil)
        for credential in configuration.credentials {
            try load(credential)
        }
        try configureVerification(configuration)
    }

    private func load(_ credential: IssuedCredential) throws(TLSError) {
        let leaf: OpenSSLCertificate
        let key: OpenSSLKey
        do {
            leaf = try OpenSSLCertificate(der: credential.leaf)
            key = try OpenSSLKey(pkcs8DER: credential.privateKey)
        } catch {
            throw TLSError(.configurationRejected, "cannot load the \(credential.variant) credential: \(error)")
        }
        try check(SSL_CTX_use_certificate(pointer, leaf.pointer) == 1, "OpenSSL refused the \(credential.variant) leaf")
        try check(SSL_CTX_use_PrivateKey(pointer, key.pointer) == 1, "OpenSSL refused the \(credential.variant) key")
        for der in credential.chain.dropFirst() {
            let authority: OpenSSLCertificate
            do {
                authority = try OpenSSLCertificate(der: der)
            } catch {
                throw TLSError(.configurationRejected, "cannot load a chain certificate: \(error)")
            }
            try check(
                mtls_SSL_CTX_add1_chain_cert(pointer, authority.pointer) == 1,
                "OpenSSL refused a chain certificate of \(credential.variant)"
            )
        }
    }

    private func configureVerification(_ configuration: EndpointConfiguration) throws(TLSError) {
        guard let verification = configuration.verification else {
            SSL_CTX_set_verify(pointer, SSL_VERIFY_NONE, nil)
            return
        }
        var mode = SSL_VERIFY_PEER
        if configuration.role == .server {
            switch configuration.clientCertificate {
            case .required: mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT
            case .optional: break
            case .none: mode = SSL_VERIFY_NONE
            }
        }
        SSL_CTX_set_verify(pointer, mode, nil)
        SSL_CTX_set_cert_verify_callback(pointer, ChainVerifier.callback, nil)
        SSL_CTX_set_cert_store(pointer, try VerificationSetup.makeStore(verification))
        try VerificationSetup.configure(SSL_CTX_get0_param(pointer), verification, peer: configuration.role.peer)
    }
}
