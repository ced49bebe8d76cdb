/// A signature algorithm code point (RFC 8446 §4.2.3): a TLS 1.3 `SignatureScheme`, or a TLS 1.2
/// `SignatureAndHashAlgorithm` pair read as one 16-bit value (hash first, then signature).
public struct SignatureScheme: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The two-byte code point.
    public var rawValue: UInt16

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// ecdsa_secp256r1_sha256.
    public static let ecdsaSecp256r1SHA256 = SignatureScheme(rawValue: 0x0403)
    /// rsa_pss_rsae_sha256.
    public static let rsaPSSRSAESHA256 = SignatureScheme(rawValue: 0x0804)
    /// ed25519.
    public static let ed25519 = SignatureScheme(rawValue: 0x0807)

    /// The RFC name, such as `ecdsa_secp256r1_sha256`, or `nil` for an unknown code point.
    ///
    /// TLS 1.2 hash and signature pairs that TLS 1.3 never named (SHA-224, DSA) get a name built from the pair.
    public var name: String? {
        if let name = Self.names[rawValue] { return name }
        if Hex.isGrease(rawValue) { return "GREASE" }
        let hashes = [1: "md5", 2: "sha1", 3: "sha224", 4: "sha256", 5: "sha384", 6: "sha512"]
        let signatures = [1: "rsa_pkcs1", 2: "dsa", 3: "ecdsa"]
        guard let hash = hashes[Int(rawValue >> 8)], let signature = signatures[Int(rawValue & 0xFF)] else {
            return nil
        }
        return "\(signature)_\(hash)"
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint16(rawValue) }

    private static let names: [UInt16: String] = [
        0x0201: "rsa_pkcs1_sha1", 0x0203: "ecdsa_sha1",
        0x0401: "rsa_pkcs1_sha256", 0x0501: "rsa_pkcs1_sha384", 0x0601: "rsa_pkcs1_sha512",
        0x0403: "ecdsa_secp256r1_sha256", 0x0503: "ecdsa_secp384r1_sha384", 0x0603: "ecdsa_secp521r1_sha512",
        0x0804: "rsa_pss_rsae_sha256", 0x0805: "rsa_pss_rsae_sha384", 0x0806: "rsa_pss_rsae_sha512",
        0x0807: "ed25519", 0x0808: "ed448",
        0x0809: "rsa_pss_pss_sha256", 0x080A: "rsa_pss_pss_sha384", 0x080B: "rsa_pss_pss_sha512",
        0x081A: "ecdsa_brainpoolP256r1tls13_sha256", 0x081B: "ecdsa_brainpoolP384r1tls13_sha384",
        0x081C: "ecdsa_brainpoolP512r1tls13_sha512",
        0x0904: "mldsa44", 0x0905: "mldsa65", 0x0906: "mldsa87",
    ]
}
