/// The cipher suite, group and signature algorithm names a policy may use, with what the policy needs to
/// know about each.
///
/// Names are OpenSSL's, because they are what the endpoints are configured with and what engineers already
/// write in server configurations. A name missing here is refused when a policy file is loaded, so a typo can
/// never silently shrink or widen what is negotiated.
public enum AlgorithmNames {
    /// What a TLS 1.2 cipher suite does, as far as a policy cares.
    public struct CipherSuite: Sendable, Hashable {
        /// OpenSSL's name, as used in cipher lists.
        public var name: String
        /// The IANA code point.
        public var code: UInt16
        /// Key exchange: `ECDHE`, `DHE`, `RSA`, `AECDH` (anonymous ECDH) or `ADH` (anonymous DH).
        public var keyExchange: String
        /// Whether the bulk cipher is an AEAD (GCM, ChaCha20-Poly1305).
        public var isAEAD: Bool
        /// Whether the suite encrypts nothing (NULL cipher).
        public var isNull: Bool
        /// Whether the MAC is HMAC-SHA1 (the CBC-SHA1 and NULL-SHA suites).
        public var usesSHA1MAC: Bool

        /// Whether the server is unauthenticated.
        public var isAnonymous: Bool { keyExchange == "AECDH" || keyExchange == "ADH" }
        /// Whether the key exchange gives forward secrecy.
        public var isForwardSecret: Bool { keyExchange == "ECDHE" || keyExchange == "DHE" }
    }

    private static func suite(_ name: String, _ code: UInt16, _ kx: String, aead: Bool = false) -> CipherSuite {
        CipherSuite(
            name: name, code: code, keyExchange: kx, isAEAD: aead, isNull: name.contains("NULL"),
            usesSHA1MAC: name.hasSuffix("-SHA") || name.hasSuffix("-MD5")
        )
    }

    /// TLS 1.2 (and earlier) cipher suites, by OpenSSL name.
    public static let tls12CipherSuites: [CipherSuite] = [
        suite("ECDHE-ECDSA-AES128-GCM-SHA256", 0xC02B, "ECDHE", aead: true),
        suite("ECDHE-RSA-AES128-GCM-SHA256", 0xC02F, "ECDHE", aead: true),
        suite("ECDHE-ECDSA-AES256-GCM-SHA384", 0xC02C, "ECDHE", aead: true),
        suite("ECDHE-RSA-AES256-GCM-SHA384", 0xC030, "ECDHE", aead: true),
        suite("ECDHE-ECDSA-CHACHA20-POLY1305", 0xCCA9, "ECDHE", aead: true),
        suite("ECDHE-RSA-CHACHA20-POLY1305", 0xCCA8, "ECDHE", aead: true),
        suite("DHE-RSA-AES128-GCM-SHA256", 0x009E, "DHE", aead: true),
        suite("DHE-RSA-AES256-GCM-SHA384", 0x009F, "DHE", aead: true),
        suite("DHE-RSA-CHACHA20-POLY1305", 0xCCAA, "DHE", aead: true),
        suite("ECDHE-ECDSA-AES128-SHA256", 0xC023, "ECDHE"),
        suite("ECDHE-RSA-AES128-SHA256", 0xC027, "ECDHE"),
        suite("ECDHE-ECDSA-AES256-SHA384", 0xC024, "ECDHE"),
        suite("ECDHE-RSA-AES256-SHA384", 0xC028, "ECDHE"),
        suite("ECDHE-ECDSA-AES128-SHA", 0xC009, "ECDHE"),
        suite("ECDHE-RSA-AES128-SHA", 0xC013, "ECDHE"),
        suite("ECDHE-ECDSA-AES256-SHA", 0xC00A, "ECDHE"),
        suite("ECDHE-RSA-AES256-SHA", 0xC014, "ECDHE"),
        suite("AES128-GCM-SHA256", 0x009C, "RSA", aead: true),
        suite("AES256-GCM-SHA384", 0x009D, "RSA", aead: true),
        suite("AES128-SHA256", 0x003C, "RSA"),
        suite("AES256-SHA256", 0x003D, "RSA"),
        suite("AES128-SHA", 0x002F, "RSA"),
        suite("AES256-SHA", 0x0035, "RSA"),
        suite("DES-CBC3-SHA", 0x000A, "RSA"),
        suite("ECDHE-ECDSA-NULL-SHA", 0xC006, "ECDHE"),
        suite("ECDHE-RSA-NULL-SHA", 0xC010, "ECDHE"),
        suite("NULL-SHA256", 0x003B, "RSA"),
        suite("NULL-SHA", 0x0002, "RSA"),
        suite("NULL-MD5", 0x0001, "RSA"),
        suite("AECDH-AES128-SHA", 0xC018, "AECDH"),
        suite("AECDH-AES256-SHA", 0xC019, "AECDH"),
        suite("AECDH-NULL-SHA", 0xC015, "AECDH"),
        suite("ADH-AES128-GCM-SHA256", 0x00A6, "ADH", aead: true),
        suite("ADH-AES256-GCM-SHA384", 0x00A7, "ADH", aead: true),
        suite("ADH-AES128-SHA256", 0x006C, "ADH"),
        suite("ADH-AES256-SHA256", 0x006D, "ADH"),
        suite("ADH-AES128-SHA", 0x0034, "ADH"),
        suite("ADH-AES256-SHA", 0x003A, "ADH"),
    ]

    /// TLS 1.3 cipher suites, by their RFC 8446 names (which OpenSSL uses too).
    public static let tls13CipherSuites: [String: UInt16] = [
        "TLS_AES_128_GCM_SHA256": 0x1301,
        "TLS_AES_256_GCM_SHA384": 0x1302,
        "TLS_CHACHA20_POLY1305_SHA256": 0x1303,
        "TLS_AES_128_CCM_SHA256": 0x1304,
        "TLS_AES_128_CCM_8_SHA256": 0x1305,
    ]

    /// Key exchange groups, by OpenSSL name.
    public static let groups: [String: UInt16] = [
        "X25519": 0x001D, "X448": 0x001E, "P-256": 0x0017, "P-384": 0x0018, "P-521": 0x0019,
        "ffdhe2048": 0x0100, "ffdhe3072": 0x0101, "ffdhe4096": 0x0102,
    ]

    /// Signature schemes, by RFC 8446 name, with the hash each uses (`intrinsic` for EdDSA).
    public static let signatureAlgorithms: [String: (code: UInt16, hash: String)] = [
        "ecdsa_secp256r1_sha256": (0x0403, "SHA256"),
        "ecdsa_secp384r1_sha384": (0x0503, "SHA384"),
        "ecdsa_secp521r1_sha512": (0x0603, "SHA512"),
        "ed25519": (0x0807, "intrinsic"),
        "ed448": (0x0808, "intrinsic"),
        "rsa_pss_rsae_sha256": (0x0804, "SHA256"),
        "rsa_pss_rsae_sha384": (0x0805, "SHA384"),
        "rsa_pss_rsae_sha512": (0x0806, "SHA512"),
        "rsa_pss_pss_sha256": (0x0809, "SHA256"),
        "rsa_pss_pss_sha384": (0x080A, "SHA384"),
        "rsa_pss_pss_sha512": (0x080B, "SHA512"),
        "rsa_pkcs1_sha256": (0x0401, "SHA256"),
        "rsa_pkcs1_sha384": (0x0501, "SHA384"),
        "rsa_pkcs1_sha512": (0x0601, "SHA512"),
        "ecdsa_sha1": (0x0203, "SHA1"),
        "rsa_pkcs1_sha1": (0x0201, "SHA1"),
    ]

    /// Hash names a policy can forbid in certificate and handshake signatures.
    public static let signatureHashes: Set<String> = ["MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512"]

    /// The spelling OpenSSL's signature algorithm lists accept for a scheme: the RFC 8446 name, except for
    /// `ecdsa_sha1`, which OpenSSL 3.0 only takes as `ECDSA+SHA1`.
    public static func openSSLSignatureAlgorithm(_ name: String) -> String {
        name == "ecdsa_sha1" ? "ECDSA+SHA1" : name
    }

    /// Looks up a TLS 1.2 cipher suite by OpenSSL name.
    public static func tls12CipherSuite(named name: String) -> CipherSuite? {
        tls12CipherSuites.first { $0.name == name }
    }
}
