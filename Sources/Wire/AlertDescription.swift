/// The description byte of a TLS alert (RFC 8446 §6, RFC 5246 §7.2): why the sender is closing or warning.
public struct AlertDescription: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The one-byte code point.
    public var rawValue: UInt8

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// close_notify (0).
    public static let closeNotify = AlertDescription(rawValue: 0)
    /// unexpected_message (10).
    public static let unexpectedMessage = AlertDescription(rawValue: 10)
    /// bad_record_mac (20).
    public static let badRecordMAC = AlertDescription(rawValue: 20)
    /// handshake_failure (40).
    public static let handshakeFailure = AlertDescription(rawValue: 40)
    /// bad_certificate (42).
    public static let badCertificate = AlertDescription(rawValue: 42)
    /// certificate_revoked (44).
    public static let certificateRevoked = AlertDescription(rawValue: 44)
    /// certificate_expired (45).
    public static let certificateExpired = AlertDescription(rawValue: 45)
    /// certificate_unknown (46).
    public static let certificateUnknown = AlertDescription(rawValue: 46)
    /// illegal_parameter (47).
    public static let illegalParameter = AlertDescription(rawValue: 47)
    /// unknown_ca (48).
    public static let unknownCA = AlertDescription(rawValue: 48)
    /// decode_error (50).
    public static let decodeError = AlertDescription(rawValue: 50)
    /// decrypt_error (51).
    public static let decryptError = AlertDescription(rawValue: 51)
    /// protocol_version (70).
    public static let protocolVersion = AlertDescription(rawValue: 70)
    /// insufficient_security (71).
    public static let insufficientSecurity = AlertDescription(rawValue: 71)
    /// internal_error (80).
    public static let internalError = AlertDescription(rawValue: 80)
    /// inappropriate_fallback (86).
    public static let inappropriateFallback = AlertDescription(rawValue: 86)
    /// certificate_required (116, TLS 1.3).
    public static let certificateRequired = AlertDescription(rawValue: 116)

    /// The RFC name, such as `protocol_version`, or `nil` for an unknown code point.
    ///
    /// Values that RFC 8446 marks reserved carry their RFC 5246 (or SSL 3.0) names, since older peers send them.
    public var name: String? {
        switch rawValue {
        case 0: "close_notify"
        case 10: "unexpected_message"
        case 20: "bad_record_mac"
        case 21: "decryption_failed"
        case 22: "record_overflow"
        case 30: "decompression_failure"
        case 40: "handshake_failure"
        case 41: "no_certificate"
        case 42: "bad_certificate"
        case 43: "unsupported_certificate"
        case 44: "certificate_revoked"
        case 45: "certificate_expired"
        case 46: "certificate_unknown"
        case 47: "illegal_parameter"
        case 48: "unknown_ca"
        case 49: "access_denied"
        case 50: "decode_error"
        case 51: "decrypt_error"
        case 60: "export_restriction"
        case 70: "protocol_version"
        case 71: "insufficient_security"
        case 80: "internal_error"
        case 86: "inappropriate_fallback"
        case 90: "user_canceled"
        case 100: "no_renegotiation"
        case 109: "missing_extension"
        case 110: "unsupported_extension"
        case 111: "certificate_unobtainable"
        case 112: "unrecognized_name"
        case 113: "bad_certificate_status_response"
        case 114: "bad_certificate_hash_value"
        case 115: "unknown_psk_identity"
        case 116: "certificate_required"
        case 120: "no_application_protocol"
        case 121: "ech_required"
        default: nil
        }
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint8(rawValue) }
}
