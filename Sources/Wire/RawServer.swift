/// A server that speaks only its first flight, built byte by byte, for scenarios where the server misbehaves at
/// the protocol level in ways a real OpenSSL server cannot be configured to.
///
/// It answers a client's ClientHello with a ServerHello that chooses exactly the version and suite it is told
/// to, whatever the client offered, so the scenario can check that the client refuses (for example a TLS 1.0
/// answer to a client whose policy requires TLS 1.2). It never completes a handshake.
public enum RawServer {
    /// Builds the records a legacy server would send in answer to a ClientHello.
    ///
    /// The ServerHello echoes the client's session id, carries a fresh random, no TLS 1.3 downgrade sentinel
    /// (it plays a server that predates TLS 1.3), and an empty `renegotiation_info` when the client signalled
    /// secure renegotiation, so that a client that refuses does so because of the version or suite. With
    /// `certificates`, a Certificate and a ServerHelloDone follow; that ends a complete first flight only for
    /// RSA key transport suites, since (EC)DHE suites need a ServerKeyExchange this server cannot sign.
    ///
    /// - Parameters:
    ///   - clientHello: The bytes the client wrote, starting with its ClientHello record.
    ///   - version: The version to choose, from SSL 3.0 to TLS 1.2.
    ///   - cipherSuite: The suite to choose, offered or not.
    ///   - certificates: A DER chain to send after the ServerHello, end-entity first; empty to send none.
    /// - Returns: The records to write back to the client.
    /// - Throws: `.truncated` when `clientHello` ends before the hello does, `.unsupported` for TLS 1.3 or a
    ///   version outside SSL 3.0 to TLS 1.2, or any other ``WireError`` when the bytes are not a ClientHello.
    public static func answer(
        clientHello: [UInt8], choosing version: ProtocolVersion, cipherSuite: CipherSuite,
        certificates: [[UInt8]] = []
    ) throws -> [UInt8] {
        guard version >= .ssl3, version <= .tls12 else {
            throw WireError(.unsupported, "a raw server answer needs a version from SSL 3.0 to TLS 1.2, not \(version)")
        }
        let hello = try ClientHello.first(in: clientHello)
        var extensions: [HelloExtension] = []
        if hello.extensions[.renegotiationInfo] != nil || hello.cipherSuites.contains(.emptyRenegotiationInfoSCSV) {
            extensions.append(HelloExtension(type: .renegotiationInfo, data: [0]))
        }
        var generator = SystemRandomNumberGenerator()
        let random = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let serverHello = ServerHello(
            legacyVersion: version, random: random, sessionID: hello.sessionID, cipherSuite: cipherSuite,
            extensions: extensions)
        var messages = [RawHandshakeMessage(type: .serverHello, body: try serverHello.body())]
        if !certificates.isEmpty {
            let chain = CertificateMessage(requestContext: nil, entries: certificates.map { .init(der: $0) })
            messages.append(RawHandshakeMessage(type: .certificate, body: try chain.body()))
            messages.append(RawHandshakeMessage(type: .serverHelloDone, body: []))
        }
        let records = TLSRecord.fragmenting(
            messages.flatMap(\.bytes), contentType: .handshake, legacyVersion: version)
        return records.flatMap(\.bytes)
    }
}
