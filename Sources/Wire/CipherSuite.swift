/// A cipher suite code point (IANA "TLS Cipher Suites" registry).
///
/// Any value can be represented; ``name`` knows the common suites, including the NULL, anonymous, export, RSA
/// key transport, CBC, GCM, CCM and ChaCha20-Poly1305 ones that a policy checker wants to recognise and refuse.
public struct CipherSuite: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The two-byte code point.
    public var rawValue: UInt16

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// TLS_AES_128_GCM_SHA256 (TLS 1.3).
    public static let tlsAES128GCMSHA256 = CipherSuite(rawValue: 0x1301)
    /// TLS_AES_256_GCM_SHA384 (TLS 1.3).
    public static let tlsAES256GCMSHA384 = CipherSuite(rawValue: 0x1302)
    /// TLS_CHACHA20_POLY1305_SHA256 (TLS 1.3).
    public static let tlsChaCha20Poly1305SHA256 = CipherSuite(rawValue: 0x1303)
    /// TLS_EMPTY_RENEGOTIATION_INFO_SCSV, the signal for secure renegotiation (RFC 5746).
    public static let emptyRenegotiationInfoSCSV = CipherSuite(rawValue: 0x00FF)
    /// TLS_FALLBACK_SCSV, the downgrade signal of RFC 7507.
    public static let fallbackSCSV = CipherSuite(rawValue: 0x5600)

    /// The IANA name, such as `TLS_AES_128_GCM_SHA256`, `GREASE`, or `nil` for an unknown code point.
    public var name: String? {
        if Hex.isGrease(rawValue) { return "GREASE" }
        return Self.names[rawValue]
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint16(rawValue) }

    /// Whether the suite's key exchange is ephemeral elliptic-curve Diffie-Hellman, judged from its TLS 1.2 name.
    var usesEphemeralECDH: Bool { name?.hasPrefix("TLS_ECDHE_") == true || name?.hasPrefix("TLS_ECDH_anon") == true }

    /// Whether the suite's key exchange is finite-field ephemeral Diffie-Hellman.
    var usesEphemeralFFDH: Bool { name?.hasPrefix("TLS_DHE_") == true || name?.hasPrefix("TLS_DH_anon") == true }

    private static let names: [UInt16: String] = [
        0x0000: "TLS_NULL_WITH_NULL_NULL",
        0x0001: "TLS_RSA_WITH_NULL_MD5",
        0x0002: "TLS_RSA_WITH_NULL_SHA",
        0x0003: "TLS_RSA_EXPORT_WITH_RC4_40_MD5",
        0x0004: "TLS_RSA_WITH_RC4_128_MD5",
        0x0005: "TLS_RSA_WITH_RC4_128_SHA",
        0x0006: "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5",
        0x0007: "TLS_RSA_WITH_IDEA_CBC_SHA",
        0x0008: "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA",
        0x0009: "TLS_RSA_WITH_DES_CBC_SHA",
        0x000A: "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
        0x000B: "TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA",
        0x000C: "TLS_DH_DSS_WITH_DES_CBC_SHA",
        0x000D: "TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA",
        0x000E: "TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA",
        0x000F: "TLS_DH_RSA_WITH_DES_CBC_SHA",
        0x0010: "TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA",
        0x0011: "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA",
        0x0012: "TLS_DHE_DSS_WITH_DES_CBC_SHA",
        0x0013: "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA",
        0x0014: "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA",
        0x0015: "TLS_DHE_RSA_WITH_DES_CBC_SHA",
        0x0016: "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
        0x0017: "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5",
        0x0018: "TLS_DH_anon_WITH_RC4_128_MD5",
        0x0019: "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA",
        0x001A: "TLS_DH_anon_WITH_DES_CBC_SHA",
        0x001B: "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA",
        0x002F: "TLS_RSA_WITH_AES_128_CBC_SHA",
        0x0030: "TLS_DH_DSS_WITH_AES_128_CBC_SHA",
        0x0031: "TLS_DH_RSA_WITH_AES_128_CBC_SHA",
        0x0032: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA",
        0x0033: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
        0x0034: "TLS_DH_anon_WITH_AES_128_CBC_SHA",
        0x0035: "TLS_RSA_WITH_AES_256_CBC_SHA",
        0x0036: "TLS_DH_DSS_WITH_AES_256_CBC_SHA",
        0x0037: "TLS_DH_RSA_WITH_AES_256_CBC_SHA",
        0x0038: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA",
        0x0039: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA",
        0x003A: "TLS_DH_anon_WITH_AES_256_CBC_SHA",
        0x003B: "TLS_RSA_WITH_NULL_SHA256",
        0x003C: "TLS_RSA_WITH_AES_128_CBC_SHA256",
        0x003D: "TLS_RSA_WITH_AES_256_CBC_SHA256",
        0x0040: "TLS_DHE_DSS_WITH_AES_128_CBC_SHA256",
        0x0041: "TLS_RSA_WITH_CAMELLIA_128_CBC_SHA",
        0x0067: "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
        0x006A: "TLS_DHE_DSS_WITH_AES_256_CBC_SHA256",
        0x006B: "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256",
        0x006C: "TLS_DH_anon_WITH_AES_128_CBC_SHA256",
        0x006D: "TLS_DH_anon_WITH_AES_256_CBC_SHA256",
        0x0084: "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA",
        0x008C: "TLS_PSK_WITH_AES_128_CBC_SHA",
        0x008D: "TLS_PSK_WITH_AES_256_CBC_SHA",
        0x0096: "TLS_RSA_WITH_SEED_CBC_SHA",
        0x009C: "TLS_RSA_WITH_AES_128_GCM_SHA256",
        0x009D: "TLS_RSA_WITH_AES_256_GCM_SHA384",
        0x009E: "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
        0x009F: "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384",
        0x00A2: "TLS_DHE_DSS_WITH_AES_128_GCM_SHA256",
        0x00A3: "TLS_DHE_DSS_WITH_AES_256_GCM_SHA384",
        0x00A6: "TLS_DH_anon_WITH_AES_128_GCM_SHA256",
        0x00A7: "TLS_DH_anon_WITH_AES_256_GCM_SHA384",
        0x00A8: "TLS_PSK_WITH_AES_128_GCM_SHA256",
        0x00A9: "TLS_PSK_WITH_AES_256_GCM_SHA384",
        0x00FF: "TLS_EMPTY_RENEGOTIATION_INFO_SCSV",
        0x1301: "TLS_AES_128_GCM_SHA256",
        0x1302: "TLS_AES_256_GCM_SHA384",
        0x1303: "TLS_CHACHA20_POLY1305_SHA256",
        0x1304: "TLS_AES_128_CCM_SHA256",
        0x1305: "TLS_AES_128_CCM_8_SHA256",
        0x5600: "TLS_FALLBACK_SCSV",
        0xC001: "TLS_ECDH_ECDSA_WITH_NULL_SHA",
        0xC002: "TLS_ECDH_ECDSA_WITH_RC4_128_SHA",
        0xC003: "TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA",
        0xC004: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA",
        0xC005: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA",
        0xC006: "TLS_ECDHE_ECDSA_WITH_NULL_SHA",
        0xC007: "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
        0xC008: "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA",
        0xC009: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
        0xC00A: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
        0xC00B: "TLS_ECDH_RSA_WITH_NULL_SHA",
        0xC00C: "TLS_ECDH_RSA_WITH_RC4_128_SHA",
        0xC00D: "TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA",
        0xC00E: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA",
        0xC00F: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA",
        0xC010: "TLS_ECDHE_RSA_WITH_NULL_SHA",
        0xC011: "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
        0xC012: "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
        0xC013: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        0xC014: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        0xC015: "TLS_ECDH_anon_WITH_NULL_SHA",
        0xC016: "TLS_ECDH_anon_WITH_RC4_128_SHA",
        0xC017: "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA",
        0xC018: "TLS_ECDH_anon_WITH_AES_128_CBC_SHA",
        0xC019: "TLS_ECDH_anon_WITH_AES_256_CBC_SHA",
        0xC023: "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
        0xC024: "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
        0xC025: "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256",
        0xC026: "TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384",
        0xC027: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
        0xC028: "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
        0xC029: "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256",
        0xC02A: "TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384",
        0xC02B: "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        0xC02C: "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        0xC02D: "TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256",
        0xC02E: "TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384",
        0xC02F: "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        0xC030: "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        0xC031: "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256",
        0xC032: "TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384",
        0xC09C: "TLS_RSA_WITH_AES_128_CCM",
        0xC09D: "TLS_RSA_WITH_AES_256_CCM",
        0xC09E: "TLS_DHE_RSA_WITH_AES_128_CCM",
        0xC09F: "TLS_DHE_RSA_WITH_AES_256_CCM",
        0xC0A0: "TLS_RSA_WITH_AES_128_CCM_8",
        0xC0A1: "TLS_RSA_WITH_AES_256_CCM_8",
        0xC0AC: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM",
        0xC0AD: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM",
        0xC0AE: "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
        0xC0AF: "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8",
        0xCCA8: "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        0xCCA9: "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        0xCCAA: "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        0xCCAB: "TLS_PSK_WITH_CHACHA20_POLY1305_SHA256",
        0xCCAC: "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256",
        0xCCAD: "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256",
        0xCCAE: "TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256",
    ]
}
