internal import COpenSSL
import Foundation
import PKI
import Policy
import X509

/// A TLS endpoint on OpenSSL that talks through memory buffers instead of a socket.
///
/// It owns its `SSL` object and the two memory BIOs the `SSL` reads and writes. OpenSSL callbacks find this
/// object through the `SSL`'s ex_data slot, so the object must outlive the `SSL`, which it does by owning it.
public final class OpenSSLEndpoint: HandshakeParticipant {
    /// The ex_data slot holding an unretained reference to the endpoint.
    static let exDataIndex: Int32 = CRYPTO_get_ex_new_index(
        CRYPTO_EX_INDEX_SSL, 0, nil, nil, nil, nil
    )

    /// Client or server.
    public let role: EndpointRole
    let configuration: EndpointConfiguration
    private let context: OpenSSLContext
    private let ssl: OpaquePointer
    private let incoming: OpaquePointer
    private let outgoing: OpaquePointer
    /// What this side saw and did.
    public private(set) var report: EndpointReport
    /// The NSS key log lines this side produced.
    public private(set) var keyLog: [String] = []
    /// Whether this side has failed and will do nothing more.
    public private(set) var hasFailed = false
    /// Whether the handshake completed on this side.
    public var isComplete: Bool { report.completed }

    /// Builds the endpoint.
    ///
    /// - Throws: ``TLSError`` when OpenSSL refuses part of the configuration.
    public init(_ configuration: EndpointConfiguration) throws(TLSError) {
        self.configuration = configuration
        role = configuration.role
        report = EndpointReport(role: configuration.role)
        context = try OpenSSLContext(configuration)
        guard let ssl = SSL_new(context.pointer), let incoming = BIO_new(BIO_s_mem()),
            let outgoing = BIO_new(BIO_s_mem())
        else {
            throw TLSError(.allocationFailed, "cannot create an SSL", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        self.ssl = ssl
        self.incoming = incoming
        self.outgoing = outgoing
        // The SSL takes ownership of both BIOs.
        SSL_set_bio(ssl, incoming, outgoing)
        SSL_set_ex_data(ssl, Self.exDataIndex, Unmanaged.passUnretained(self).toOpaque())
        SSL_set_info_callback(ssl, Self.infoCallback)
        SSL_CTX_set_keylog_callback(context.pointer, Self.keyLogCallback)
        if role == .client {
            if let name = configuration.verification?.expectedHostName {
                // The name to check is in the context's parameters; this sends it as SNI.
                guard mtls_SSL_set_tlsext_host_name(ssl, name) == 1 else {
                    throw TLSError(.configurationRejected, "cannot expect the host name '\(name)'")
                }
            }
            SSL_set_connect_state(ssl)
        } else {
            SSL_set_accept_state(ssl)
        }
    }

    deinit {
        SSL_free(ssl)
    }

    /// The endpoint an OpenSSL callback is running for.
    static func from(_ ssl: OpaquePointer?) -> OpenSSLEndpoint? {
        guard let raw = SSL_get_ex_data(ssl, exDataIndex) else { return nil }
        return Unmanaged<OpenSSLEndpoint>.fromOpaque(raw).takeUnretainedValue()
    }

    private static let infoCallback: @convention(c) (OpaquePointer?, Int32, Int32) -> Void = { ssl, event, value in
        guard event & SSL_CB_ALERT != 0, let endpoint = OpenSSLEndpoint.from(ssl) else { return }
        let alert = EndpointReport.Alert(
            isFatal: (value >> 8) == SSL3_AL_FATAL, alert: TLSAlert(code: UInt8(truncatingIfNeeded: value))
        )
        if event & SSL_CB_WRITE != 0 {
            endpoint.report.alertsSent.append(alert)
        } else {
            endpoint.report.alertsReceived.append(alert)
        }
    }

    private static let keyLogCallback: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> Void = { ssl, line in
        guard let line, let endpoint = OpenSSLEndpoint.from(ssl) else { return }
        endpoint.keyLog.append(String(cString: line))
    }

    /// Called by the chain verifier with what it found.
    func recordVerification(error: VerificationError?, policyFailure: EndpointReport.PolicyFailure?) {
        report.verificationError = error
        report.policyFailure = policyFailure
    }

    /// Hands over bytes the peer wrote.
    public func receive(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        _ = bytes.withUnsafeBytes { BIO_write(incoming, $0.baseAddress, Int32($0.count)) }
    }

    /// Does whatever the received bytes allow, without waiting.
    public func advance() {
        guard !hasFailed else { return }
        if !report.completed {
            let result = SSL_do_handshake(ssl)
            if result == 1 {
                report.completed = true
                noteNegotiated()
            } else {
                handle(SSL_get_error(ssl, result))
                return
            }
        }
        // After the handshake, read what the peer sends: a TLS 1.3 server refuses a client certificate only
        // after the client has finished, and the client learns of it here.
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let read = buffer.withUnsafeMutableBytes { SSL_read(ssl, $0.baseAddress, Int32($0.count)) }
            if read <= 0 {
                let error = SSL_get_error(ssl, read)
                if error != SSL_ERROR_WANT_READ && error != SSL_ERROR_ZERO_RETURN {
                    handle(error)
                }
                return
            }
        }
    }

    private func handle(_ error: Int32) {
        if error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE {
            return
        }
        hasFailed = true
        report.completed = false
        report.openSSLErrors = OpenSSLErrorQueue.drain()
    }

    /// Records the version and suite agreed on, once the handshake completed; before that OpenSSL reports
    /// only what it would have offered.
    private func noteNegotiated() {
        report.version =
            TLSVersion(wireValue: UInt16(clamping: SSL_version(ssl)))?.rawValue
            ?? String(cString: SSL_get_version(ssl))
        if let cipher = SSL_get_current_cipher(ssl) {
            report.cipher = String(cString: SSL_CIPHER_get_name(cipher))
        }
    }

    /// Removes and returns the bytes written since the last call.
    public func takeOutput() -> [UInt8] {
        let pending = Int(BIO_ctrl_pending(outgoing))
        guard pending > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: pending)
        let read = bytes.withUnsafeMutableBytes { BIO_read(outgoing, $0.baseAddress, Int32(pending)) }
        return read > 0 ? Array(bytes.prefix(Int(read))) : []
    }

    /// Starts an orderly close after a completed handshake.
    public func close() {
        guard report.completed, !hasFailed else { return }
        _ = SSL_shutdown(ssl)
        _ = OpenSSLErrorQueue.drain()
    }
}
