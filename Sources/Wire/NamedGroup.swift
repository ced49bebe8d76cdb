/// A key exchange group code point (IANA "TLS Supported Groups" registry), as offered in `supported_groups`
/// and `key_share` or named by an ECDHE ServerKeyExchange.
public struct NamedGroup: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The two-byte code point.
    public var rawValue: UInt16

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// secp256r1, also known as P-256.
    public static let secp256r1 = NamedGroup(rawValue: 23)
    /// secp384r1, also known as P-384.
    public static let secp384r1 = NamedGroup(rawValue: 24)
    /// x25519.
    public static let x25519 = NamedGroup(rawValue: 29)

    /// The IANA name, such as `x25519`, `GREASE`, or `nil` for an unknown code point.
    public var name: String? {
        if Hex.isGrease(rawValue) { return "GREASE" }
        return Self.names[rawValue]
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint16(rawValue) }

    private static let names: [UInt16: String] = [
        1: "sect163k1", 2: "sect163r1", 3: "sect163r2", 4: "sect193r1", 5: "sect193r2", 6: "sect233k1",
        7: "sect233r1", 8: "sect239k1", 9: "sect283k1", 10: "sect283r1", 11: "sect409k1", 12: "sect409r1",
        13: "sect571k1", 14: "sect571r1", 15: "secp160k1", 16: "secp160r1", 17: "secp160r2", 18: "secp192k1",
        19: "secp192r1", 20: "secp224k1", 21: "secp224r1", 22: "secp256k1", 23: "secp256r1", 24: "secp384r1",
        25: "secp521r1", 26: "brainpoolP256r1", 27: "brainpoolP384r1", 28: "brainpoolP512r1", 29: "x25519",
        30: "x448", 31: "brainpoolP256r1tls13", 32: "brainpoolP384r1tls13", 33: "brainpoolP512r1tls13",
        256: "ffdhe2048", 257: "ffdhe3072", 258: "ffdhe4096", 259: "ffdhe6144", 260: "ffdhe8192",
        512: "MLKEM512", 513: "MLKEM768", 514: "MLKEM1024", 0x11EB: "SecP256r1MLKEM768",
        0x11EC: "X25519MLKEM768", 0x11ED: "SecP384r1MLKEM1024", 0x6399: "X25519Kyber768Draft00",
        0xFF01: "arbitrary_explicit_prime_curves", 0xFF02: "arbitrary_explicit_char2_curves",
    ]
}
