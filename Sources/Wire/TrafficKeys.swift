internal import COpenSSL

/// The write key and IV that protect the records of one direction in one TLS 1.3 epoch (RFC 8446 §7.3).
public struct TrafficKeys: Hashable, Sendable {
    /// The AEAD key.
    public var key: [UInt8]
    /// The 12-byte IV that every record's nonce is derived from.
    public var iv: [UInt8]

    /// Derives the key and IV from a traffic secret.
    ///
    /// - Parameters:
    ///   - secret: A traffic secret such as `SERVER_HANDSHAKE_TRAFFIC_SECRET` from a key log.
    ///   - cipherSuite: The TLS 1.3 suite that was negotiated; it fixes the hash and the key length.
    /// - Throws: ``WireError`` for a suite this module cannot decrypt, or when OpenSSL fails.
    public init(secret: [UInt8], cipherSuite: CipherSuite) throws {
        let parameters = try AEADParameters(cipherSuite)
        key = try Self.expandLabel(
            secret: secret, label: "key", context: [], length: parameters.keyLength, hash: parameters.hash)
        iv = try Self.expandLabel(secret: secret, label: "iv", context: [], length: 12, hash: parameters.hash)
    }

    /// The traffic secret of the next generation after a KeyUpdate (RFC 8446 §7.2).
    public static func nextSecret(after secret: [UInt8], cipherSuite: CipherSuite) throws -> [UInt8] {
        let parameters = try AEADParameters(cipherSuite)
        return try expandLabel(
            secret: secret, label: "traffic upd", context: [], length: parameters.hashLength, hash: parameters.hash)
    }

    /// HKDF-Expand-Label of RFC 8446 §7.1.
    ///
    /// - Parameters:
    ///   - secret: The pseudorandom key to expand.
    ///   - label: The label without its `tls13 ` prefix, such as `key`.
    ///   - context: The context, often empty or a transcript hash.
    ///   - length: How many bytes to produce.
    ///   - hash: The OpenSSL digest name, `SHA256` or `SHA384`.
    /// - Returns: `length` bytes of output.
    /// - Throws: ``WireError`` when the label or context is too long, or OpenSSL fails.
    public static func expandLabel(
        secret: [UInt8], label: String, context: [UInt8], length: Int, hash: String
    ) throws -> [UInt8] {
        let fullLabel = Array("tls13 \(label)".utf8)
        guard fullLabel.count <= 255, context.count <= 255, (1...0xFFFF).contains(length) else {
            throw WireError(.unsupported, "HKDF-Expand-Label arguments out of range")
        }
        var info = ByteWriter()
        info.uint16(UInt16(length))
        try info.vector(lengthBytes: 1) { $0.raw(fullLabel) }
        try info.vector(lengthBytes: 1) { $0.raw(context) }
        return try hkdfExpand(secret: secret, info: info.bytes, length: length, hash: hash)
    }

    /// HKDF-Expand of RFC 5869 through OpenSSL's HKDF in expand-only mode.
    static func hkdfExpand(secret: [UInt8], info: [UInt8], length: Int, hash: String) throws -> [UInt8] {
        guard let digest = EVP_get_digestbyname(hash) else { throw WireError.openSSL("EVP_get_digestbyname(\(hash))") }
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nil) else {
            throw WireError.openSSL("EVP_PKEY_CTX_new_id(HKDF)")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_derive_init(context) == 1,
            EVP_PKEY_CTX_set_hkdf_mode(context, EVP_PKEY_HKDEF_MODE_EXPAND_ONLY) == 1,
            EVP_PKEY_CTX_set_hkdf_md(context, digest) == 1,
            EVP_PKEY_CTX_set1_hkdf_key(context, secret, Int32(secret.count)) == 1,
            EVP_PKEY_CTX_add1_hkdf_info(context, info, Int32(info.count)) == 1
        else { throw WireError.openSSL("HKDF setup") }
        var output = [UInt8](repeating: 0, count: length)
        var outputLength = length
        guard EVP_PKEY_derive(context, &output, &outputLength) == 1, outputLength == length else {
            throw WireError.openSSL("EVP_PKEY_derive(HKDF)")
        }
        return output
    }
}
