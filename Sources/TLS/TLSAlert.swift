import Wire

/// A TLS alert description (RFC 8446 §6, RFC 5246 §7.2), the reason one side gives for ending a handshake.
public struct TLSAlert: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The alert's code on the wire.
    public let code: UInt8

    /// Creates an alert from its code.
    public init(code: UInt8) {
        self.code = code
    }

    public static let closeNotify = TLSAlert(code: 0)
    public static let unexpectedMessage = TLSAlert(code: 10)
    public static let badRecordMAC = TLSAlert(code: 20)
    public static let handshakeFailure = TLSAlert(code: 40)
    public static let badCertificate = TLSAlert(code: 42)
    public static let unsupportedCertificate = TLSAlert(code: 43)
    public static let certificateRevoked = TLSAlert(code: 44)
    public static let certificateExpired = TLSAlert(code: 45)
    public static let certificateUnknown = TLSAlert(code: 46)
    public static let illegalParameter = TLSAlert(code: 47)
    public static let unknownCA = TLSAlert(code: 48)
    public static let accessDenied = TLSAlert(code: 49)
    public static let decodeError = TLSAlert(code: 50)
    public static let decryptError = TLSAlert(code: 51)
    public static let protocolVersion = TLSAlert(code: 70)
    public static let insufficientSecurity = TLSAlert(code: 71)
    public static let internalError = TLSAlert(code: 80)
    public static let inappropriateFallback = TLSAlert(code: 86)
    public static let missingExtension = TLSAlert(code: 109)
    public static let unsupportedExtension = TLSAlert(code: 110)
    public static let unrecognizedName = TLSAlert(code: 112)
    public static let certificateRequired = TLSAlert(code: 116)
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

    public var description: String { name }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let alert = TLSAlert(name: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: name))
        }
        self = alert
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
