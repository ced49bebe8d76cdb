/// A TLS 1.2 (or earlier) ServerKeyExchange (RFC 8422 §5.4, RFC 5246 §7.4.3): the server's ephemeral
/// Diffie-Hellman parameters and its signature over them.
///
/// The layout depends on the key exchange of the chosen suite. ECDHE and DHE bodies are decoded; for any other
/// suite only ``body`` is kept.
public struct ServerKeyExchange: Hashable, Sendable {
    /// The named curve of an ECDHE exchange.
    public var namedCurve: NamedGroup?
    /// The size in bits of the prime of a finite-field DHE exchange, leading zero bits not counted.
    public var dhPrimeBits: Int?
    /// The signature scheme (TLS 1.2), or `nil` when unsigned (anonymous suites) or in TLS 1.1 and earlier.
    public var signatureAlgorithm: SignatureScheme?
    /// The signature, empty for anonymous suites.
    public var signature: [UInt8]
    /// The whole body as sent.
    public var body: [UInt8]

    /// Parses the message body for the suite the server chose.
    ///
    /// - Parameters:
    ///   - body: The message body.
    ///   - version: The negotiated version.
    ///   - cipherSuite: The chosen suite, which fixes the layout.
    ///   - base: Added to the offsets in errors.
    public init(body: [UInt8], version: ProtocolVersion, cipherSuite: CipherSuite?, base: Int = 0) throws {
        self.body = body
        signature = []
        guard let cipherSuite, cipherSuite.usesEphemeralECDH || cipherSuite.usesEphemeralFFDH else { return }
        var reader = ByteReader(body, base: base)
        if cipherSuite.usesEphemeralECDH {
            let curveType = try reader.uint8("curve_type")
            guard curveType == 3 else {
                throw WireError(.unsupported, "curve type \(curveType) is not named_curve", offset: reader.offset - 1)
            }
            namedCurve = NamedGroup(rawValue: try reader.uint16("named_curve"))
            _ = try reader.vector("ECPoint", lengthBytes: 1, minimum: 1)
        } else {
            var prime = try reader.vector("dh_p", lengthBytes: 2, minimum: 1)
            let primeBytes = prime.rest()
            let leading = primeBytes.first { $0 != 0 }.map { $0.leadingZeroBitCount } ?? 8
            let zeroBytes = primeBytes.prefix { $0 == 0 }.count
            dhPrimeBits = max(0, (primeBytes.count - zeroBytes) * 8 - leading)
            _ = try reader.vector("dh_g", lengthBytes: 2, minimum: 1)
            _ = try reader.vector("dh_Ys", lengthBytes: 2, minimum: 1)
        }
        if !(cipherSuite.name?.contains("_anon_") ?? false) {
            if version >= .tls12 { signatureAlgorithm = SignatureScheme(rawValue: try reader.uint16("algorithm")) }
            signature = try reader.vectorBytes("signature", lengthBytes: 2)
        }
        try reader.expectEnd("server_key_exchange")
    }
}
