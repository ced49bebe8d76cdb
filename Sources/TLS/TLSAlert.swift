import Wire

/// A TLS alert description (RFC 8446 §6, RFC 5246 §7.2), the reason one side gives for ending a handshake.
public struct TLSAlert: Sendable, Hashable, CustomStringConvertible {
    /// The alert's code on the wire.
    public let code: UInt8

    /// Creates an alert from its code.
    public init(code: UInt8) {
        self.code = code
    }

    /// The close_notify alert (0).
    public static let closeNotify = TLSAlert(code: 0)
    /// The unexpected_message alert (10).
    public static let unexpectedMessage = TLSAlert(code: 10)
    /// The bad_record_mac alert (20).
    public static let badRecordMAC = TLSAlert(code: 20)
    /// The handshake_failure alert (40).
    public static let handshakeFailure = TLSAlert(code: 40)
    /// The bad_certificate alert (42).
    public static let badCertificate = TLSAlert(code: 42)
    /// The unsupported_certificate alert (43).
    public static let unsupportedCertificate = TLSAlert(code: 43)
    /// The certificate_revoked alert (44).
    public static let certificateRevoked = TLSAlert(code: 44)
    /// The certificate_expired alert (45).
    public static let certificateExpired = TLSAlert(code: 45)
    /// The certificate_unknown alert (46).
    public static let certificateUnknown = TLSAlert(code: 46)
    /// The illegal_parameter alert (47).
    public static let illegalParameter = TLSAlert(code: 47)
    /// The unknown_ca alert (48).
    public static let unknownCA = TLSAlert(code: 48)
    /// The access_denied alert (49).
    public static let accessDenied = TLSAlert(code: 49)
    /// The decode_error alert (50).
    public static let decodeError = TLSAlert(code: 50)
    /// The decrypt_error alert (51).
    public static let decryptError = TLSAlert(code: 51)
    /// The protocol_version alert (70).
    public static let protocolVersion = TLSAlert(code: 70)
    /// The insufficient_security alert (71).
    public static let insufficientSecurity = TLSAlert(code: 71)
    /// The internal_error alert (80).
    public static let internalError = TLSAlert(code: 80)
    /// The inappropriate_fallback alert (86).
    public static let inappropriateFallback = TLSAlert(code: 86)
    /// The missing_extension alert (109).
    public static let missingExtension = TLSAlert(code: 109)
    /// The unsupported_extension alert (110).
    public static let unsupportedExtension = TLSAlert(code: 110)
    /// The unrecognized_name alert (112).
    public static let unrecognizedName = TLSAlert(code: 112)
    /// The certificate_required alert (116).
    public static let certificateRequired = TLSAlert(code: 116)
    /// The no_application_protocol alert (120).
    public static let noApplicationProtocol = TLSAlert(code: 120)

    /// The RFC name, such as `certificate_expired`, or `alert_N` for a code no RFC names. The names are those
    /// of ``Wire/AlertDescription``, the one table of them.
    public var name: String { AlertDescription(rawValue: code).name ?? "alert_\(code)" }

    /// Finds an alert by its RFC name.
    public init?(name: String) {
        guard let code = (0...UInt8.max).first(where: { AlertDescription(rawValue: $0).name == name }) else {
            return nil
        }
        self.code = code
    }

    /// The text shown to people.
    public var description: String { name }
}
