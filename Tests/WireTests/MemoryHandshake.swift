import COpenSSL
import Wire

/// A throwaway self-signed P-256 certificate and its key, made with OpenSSL's C API at a fixed validity.
final class TestIdentity {
    let certificate: OpaquePointer
    let key: OpaquePointer
    let der: [UInt8]

    init(commonName: String) {
        let key = mtls_generate_ec_key(NID_X9_62_prime256v1)!
        let certificate = X509_new()!
        X509_set_version(certificate, 2)
        ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1)
        ASN1_TIME_set_string_X509(X509_getm_notBefore(certificate), "20200101000000Z")
        ASN1_TIME_set_string_X509(X509_getm_notAfter(certificate), "20400101000000Z")
        let name = X509_get_subject_name(certificate)
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, commonName, -1, -1, 0)
        X509_set_issuer_name(certificate, name)
        X509_set_pubkey(certificate, key)
        X509_sign(certificate, key, EVP_sha256())
        let length = i2d_X509(certificate, nil)
        var der = [UInt8](repeating: 0, count: Int(length))
        der.withUnsafeMutableBufferPointer { buffer in
            var cursor = buffer.baseAddress
            _ = i2d_X509(certificate, &cursor)
        }
        self.key = key
        self.certificate = certificate
        self.der = der
    }

    deinit {
        X509_free(certificate)
        EVP_PKEY_free(key)
    }
}

/// Runs a real OpenSSL handshake between two SSL objects over memory BIOs and records it as a ``Transcript``,
/// key log included.
struct MemoryHandshake {
    var serverIdentity = TestIdentity(commonName: "server.test")
    var clientIdentity: TestIdentity?
    var minimumVersion = Int32(TLS1_3_VERSION)
    var maximumVersion = Int32(TLS1_3_VERSION)
    var cipherSuites: String?
    var serverGroups: String?
    var clientGroups: String?
    /// The server asks for a client certificate and refuses the handshake without a trusted one.
    var requireClientCertificate = false
    /// Whether the key log is kept in the transcript.
    var keepKeyLog = true
    /// After the handshake, the client sends a KeyUpdate that asks for one back, and both sides write data.
    var exchangeKeyUpdates = false

    /// Collects key log lines from OpenSSL's callback.
    final class KeyLogLines {
        var lines: [String] = []
    }

    /// The transcript and whether each side finished its handshake.
    struct Outcome {
        var transcript: Transcript
        var clientCompleted: Bool
        var serverCompleted: Bool
    }

    func run() -> Outcome {
        let log = KeyLogLines()
        let retained = Unmanaged.passRetained(log)
        defer { retained.release() }
        let serverContext = makeContext(server: true, log: retained)
        let clientContext = makeContext(server: false, log: retained)
        defer {
            SSL_CTX_free(serverContext)
            SSL_CTX_free(clientContext)
        }
        let server = SSL_new(serverContext)!
        let client = SSL_new(clientContext)!
        defer {
            SSL_free(server)
            SSL_free(client)
        }
        let toServer = BIO_new(BIO_s_mem())!
        let toClient = BIO_new(BIO_s_mem())!
        let serverOut = BIO_new(BIO_s_mem())!
        let clientOut = BIO_new(BIO_s_mem())!
        SSL_set_bio(server, toServer, serverOut)
        SSL_set_bio(client, toClient, clientOut)
        SSL_set_accept_state(server)
        SSL_set_connect_state(client)
        mtls_SSL_set_tlsext_host_name(client, "server.test")

        var transcript = Transcript(openedAt: 1_700_000_000_000_000_000)
        var clock = transcript.openedAt
        var clientDone = false
        var serverDone = false
        var clientFailed = false
        var serverFailed = false
        for _ in 0..<20 {
            if !clientDone, !clientFailed {
                let status = SSL_do_handshake(client)
                if status == 1 { clientDone = true } else if !wantsMore(client, status) { clientFailed = true }
                // Reading after the handshake lets the client take in tickets or a late alert.
                if clientDone { drainApplicationData(client) }
            } else if clientDone {
                drainApplicationData(client)
            }
            clock += 1000
            let fromClient = drain(clientOut)
            if !fromClient.isEmpty {
                transcript.writes.append(.init(direction: .clientToServer, timestamp: clock, bytes: fromClient))
                _ = fromClient.withUnsafeBytes { BIO_write(toServer, $0.baseAddress, Int32($0.count)) }
            }
            if !serverDone, !serverFailed {
                let status = SSL_do_handshake(server)
                if status == 1 { serverDone = true } else if !wantsMore(server, status) { serverFailed = true }
            } else if serverDone {
                drainApplicationData(server)
            }
            clock += 1000
            let fromServer = drain(serverOut)
            if !fromServer.isEmpty {
                transcript.writes.append(.init(direction: .serverToClient, timestamp: clock, bytes: fromServer))
                _ = fromServer.withUnsafeBytes { BIO_write(toClient, $0.baseAddress, Int32($0.count)) }
            }
            if fromClient.isEmpty, fromServer.isEmpty, (clientDone || clientFailed), (serverDone || serverFailed) {
                break
            }
        }
        if exchangeKeyUpdates, clientDone, serverDone {
            SSL_key_update(client, SSL_KEY_UPDATE_REQUESTED)
            for (sender, receiver, output, input, direction) in [
                (client, server, clientOut, toServer, Direction.clientToServer),
                (server, client, serverOut, toClient, Direction.serverToClient),
            ] {
                _ = SSL_write(sender, "ping", 4)
                clock += 1000
                let bytes = drain(output)
                transcript.writes.append(.init(direction: direction, timestamp: clock, bytes: bytes))
                _ = bytes.withUnsafeBytes { BIO_write(input, $0.baseAddress, Int32($0.count)) }
                drainApplicationData(receiver)
            }
        }
        ERR_clear_error()
        if keepKeyLog { transcript.keyLog = log.lines }
        return Outcome(transcript: transcript, clientCompleted: clientDone, serverCompleted: serverDone)
    }

    /// Lets an OpenSSL client talk to `server`, which sees the client's bytes and answers with raw bytes.
    ///
    /// - Returns: The transcript: the client's first flight, the raw answer, and whatever the client sent then.
    func runClient(against server: ([UInt8]) throws -> [UInt8]) rethrows -> Transcript {
        let log = KeyLogLines()
        let retained = Unmanaged.passRetained(log)
        defer { retained.release() }
        let context = makeContext(server: false, log: retained)
        defer { SSL_CTX_free(context) }
        let client = SSL_new(context)!
        defer { SSL_free(client) }
        let input = BIO_new(BIO_s_mem())!
        let output = BIO_new(BIO_s_mem())!
        SSL_set_bio(client, input, output)
        SSL_set_connect_state(client)
        var transcript = Transcript(openedAt: 0)
        _ = SSL_do_handshake(client)
        let hello = drain(output)
        transcript.writes.append(.init(direction: .clientToServer, timestamp: 1, bytes: hello))
        let answer = try server(hello)
        transcript.writes.append(.init(direction: .serverToClient, timestamp: 2, bytes: answer))
        _ = answer.withUnsafeBytes { BIO_write(input, $0.baseAddress, Int32($0.count)) }
        _ = SSL_do_handshake(client)
        let reply = drain(output)
        if !reply.isEmpty { transcript.writes.append(.init(direction: .clientToServer, timestamp: 3, bytes: reply)) }
        ERR_clear_error()
        return transcript
    }

    private func makeContext(server: Bool, log: Unmanaged<KeyLogLines>) -> OpaquePointer {
        let context = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method())!
        mtls_SSL_CTX_set_min_proto_version(context, minimumVersion)
        mtls_SSL_CTX_set_max_proto_version(context, maximumVersion)
        if let cipherSuites { SSL_CTX_set_ciphersuites(context, cipherSuites) }
        if let groups = server ? serverGroups : clientGroups { mtls_SSL_CTX_set1_groups_list(context, groups) }
        SSL_CTX_set_ex_data(context, 0, log.toOpaque())
        SSL_CTX_set_keylog_callback(context) { ssl, line in
            guard let ssl, let line, let data = SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), 0) else { return }
            Unmanaged<KeyLogLines>.fromOpaque(data).takeUnretainedValue().lines.append(String(cString: line))
        }
        if server {
            SSL_CTX_use_certificate(context, serverIdentity.certificate)
            SSL_CTX_use_PrivateKey(context, serverIdentity.key)
            if requireClientCertificate {
                SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nil)
            }
        } else {
            SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nil)
            if let clientIdentity {
                SSL_CTX_use_certificate(context, clientIdentity.certificate)
                SSL_CTX_use_PrivateKey(context, clientIdentity.key)
            }
        }
        return context
    }

    private func wantsMore(_ ssl: OpaquePointer, _ status: Int32) -> Bool {
        let error = SSL_get_error(ssl, status)
        return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE
    }

    private func drain(_ bio: OpaquePointer) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = BIO_read(bio, &buffer, Int32(buffer.count))
            guard count > 0 else { break }
            bytes += buffer[0..<Int(count)]
        }
        return bytes
    }

    private func drainApplicationData(_ ssl: OpaquePointer) {
        var buffer = [UInt8](repeating: 0, count: 1024)
        _ = SSL_read(ssl, &buffer, Int32(buffer.count))
    }
}
