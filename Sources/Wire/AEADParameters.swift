internal import COpenSSL

/// What a TLS 1.3 cipher suite means for record protection: its AEAD, key length and transcript hash.
struct AEADParameters {
    /// The OpenSSL digest name used by the key schedule.
    var hash: String
    /// The hash output length in bytes.
    var hashLength: Int
    /// The AEAD key length in bytes.
    var keyLength: Int
    /// Returns the OpenSSL cipher for the AEAD.
    var cipher: @Sendable () -> OpaquePointer?

    /// The parameters of one of the three TLS 1.3 suites this module decrypts.
    ///
    /// - Throws: `.unsupported` for any other suite, including the CCM ones.
    init(_ suite: CipherSuite) throws {
        switch suite {
        case .tlsAES128GCMSHA256:
            self.init(hash: "SHA256", hashLength: 32, keyLength: 16) { EVP_aes_128_gcm() }
        case .tlsAES256GCMSHA384:
            self.init(hash: "SHA384", hashLength: 48, keyLength: 32) { EVP_aes_256_gcm() }
        case .tlsChaCha20Poly1305SHA256:
            self.init(hash: "SHA256", hashLength: 32, keyLength: 32) { EVP_chacha20_poly1305() }
        default:
            throw WireError(.unsupported, "cannot decrypt records of \(suite)")
        }
    }

    private init(hash: String, hashLength: Int, keyLength: Int, cipher: @escaping @Sendable () -> OpaquePointer?) {
        self.hash = hash
        self.hashLength = hashLength
        self.keyLength = keyLength
        self.cipher = cipher
    }
}
