/// The type of a handshake message (RFC 8446 §4, RFC 5246 §7.4).
public struct HandshakeType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The one-byte code point.
    public var rawValue: UInt8

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// HelloRequest (TLS 1.2 and earlier).
    public static let helloRequest = HandshakeType(rawValue: 0)
    /// ClientHello.
    public static let clientHello = HandshakeType(rawValue: 1)
    /// ServerHello, and HelloRetryRequest which shares its type.
    public static let serverHello = HandshakeType(rawValue: 2)
    /// NewSessionTicket.
    public static let newSessionTicket = HandshakeType(rawValue: 4)
    /// EndOfEarlyData (TLS 1.3).
    public static let endOfEarlyData = HandshakeType(rawValue: 5)
    /// EncryptedExtensions (TLS 1.3).
    public static let encryptedExtensions = HandshakeType(rawValue: 8)
    /// Certificate.
    public static let certificate = HandshakeType(rawValue: 11)
    /// ServerKeyExchange (TLS 1.2 and earlier).
    public static let serverKeyExchange = HandshakeType(rawValue: 12)
    /// CertificateRequest.
    public static let certificateRequest = HandshakeType(rawValue: 13)
    /// ServerHelloDone (TLS 1.2 and earlier).
    public static let serverHelloDone = HandshakeType(rawValue: 14)
    /// CertificateVerify.
    public static let certificateVerify = HandshakeType(rawValue: 15)
    /// ClientKeyExchange (TLS 1.2 and earlier).
    public static let clientKeyExchange = HandshakeType(rawValue: 16)
    /// Finished.
    public static let finished = HandshakeType(rawValue: 20)
    /// KeyUpdate (TLS 1.3).
    public static let keyUpdate = HandshakeType(rawValue: 24)

    /// The RFC name, such as `client_hello`, or `nil` for an unknown code point.
    public var name: String? {
        switch rawValue {
        case 0: "hello_request"
        case 1: "client_hello"
        case 2: "server_hello"
        case 3: "hello_verify_request"
        case 4: "new_session_ticket"
        case 5: "end_of_early_data"
        case 6: "hello_retry_request"
        case 8: "encrypted_extensions"
        case 11: "certificate"
        case 12: "server_key_exchange"
        case 13: "certificate_request"
        case 14: "server_hello_done"
        case 15: "certificate_verify"
        case 16: "client_key_exchange"
        case 20: "finished"
        case 21: "certificate_url"
        case 22: "certificate_status"
        case 23: "supplemental_data"
        case 24: "key_update"
        case 25: "compressed_certificate"
        case 254: "message_hash"
        default: nil
        }
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint8(rawValue) }
}
