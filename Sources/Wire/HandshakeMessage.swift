/// A decoded handshake message.
///
/// Messages whose layout depends on the negotiated version or suite are decoded in the form that
/// ``HandshakeMessage/init(_:version:cipherSuite:)`` is told. Types this module does not decode are kept as
/// ``other(_:body:)``.
public enum HandshakeMessage: Hashable, Sendable {
    /// HelloRequest (empty).
    case helloRequest
    /// ClientHello.
    case clientHello(ClientHello)
    /// ServerHello or HelloRetryRequest.
    case serverHello(ServerHello)
    /// NewSessionTicket.
    case newSessionTicket(NewSessionTicket)
    /// EndOfEarlyData (empty).
    case endOfEarlyData
    /// EncryptedExtensions.
    case encryptedExtensions(EncryptedExtensions)
    /// Certificate.
    case certificate(CertificateMessage)
    /// ServerKeyExchange.
    case serverKeyExchange(ServerKeyExchange)
    /// CertificateRequest.
    case certificateRequest(CertificateRequest)
    /// ServerHelloDone (empty).
    case serverHelloDone
    /// CertificateVerify.
    case certificateVerify(CertificateVerify)
    /// ClientKeyExchange.
    case clientKeyExchange(ClientKeyExchange)
    /// Finished.
    case finished(Finished)
    /// KeyUpdate.
    case keyUpdate(KeyUpdate)
    /// A message type this module keeps undecoded.
    case other(HandshakeType, body: [UInt8])

    /// Decodes a message cut out of the handshake stream.
    ///
    /// - Parameters:
    ///   - raw: The message type and body.
    ///   - version: The negotiated version, or the version assumed before negotiation.
    ///   - cipherSuite: The chosen suite, when known; it fixes the ServerKeyExchange layout.
    /// - Throws: ``WireError`` when the body does not match its type's layout.
    public init(_ raw: RawHandshakeMessage, version: ProtocolVersion, cipherSuite: CipherSuite?) throws {
        let body = raw.body
        switch raw.type {
        case .helloRequest:
            try Self.expectEmpty(body, raw.type)
            self = .helloRequest
        case .clientHello: self = .clientHello(try ClientHello(body: body))
        case .serverHello: self = .serverHello(try ServerHello(body: body))
        case .newSessionTicket: self = .newSessionTicket(try NewSessionTicket(body: body, version: version))
        case .endOfEarlyData:
            try Self.expectEmpty(body, raw.type)
            self = .endOfEarlyData
        case .encryptedExtensions: self = .encryptedExtensions(try EncryptedExtensions(body: body))
        case .certificate: self = .certificate(try CertificateMessage(body: body, version: version))
        case .serverKeyExchange:
            self = .serverKeyExchange(
                try ServerKeyExchange(body: body, version: version, cipherSuite: cipherSuite))
        case .certificateRequest: self = .certificateRequest(try CertificateRequest(body: body, version: version))
        case .serverHelloDone:
            try Self.expectEmpty(body, raw.type)
            self = .serverHelloDone
        case .certificateVerify: self = .certificateVerify(try CertificateVerify(body: body, version: version))
        case .clientKeyExchange: self = .clientKeyExchange(try ClientKeyExchange(body: body))
        case .finished: self = .finished(try Finished(body: body))
        case .keyUpdate: self = .keyUpdate(try KeyUpdate(body: body))
        default: self = .other(raw.type, body: body)
        }
    }

    private static func expectEmpty(_ body: [UInt8], _ type: HandshakeType) throws {
        guard body.isEmpty else { throw WireError(.malformed, "\(type) must be empty, has \(body.count) bytes") }
    }

    /// The message's type.
    public var type: HandshakeType {
        switch self {
        case .helloRequest: .helloRequest
        case .clientHello: .clientHello
        case .serverHello: .serverHello
        case .newSessionTicket: .newSessionTicket
        case .endOfEarlyData: .endOfEarlyData
        case .encryptedExtensions: .encryptedExtensions
        case .certificate: .certificate
        case .serverKeyExchange: .serverKeyExchange
        case .certificateRequest: .certificateRequest
        case .serverHelloDone: .serverHelloDone
        case .certificateVerify: .certificateVerify
        case .clientKeyExchange: .clientKeyExchange
        case .finished: .finished
        case .keyUpdate: .keyUpdate
        case .other(let type, _): type
        }
    }

    /// The message's name in the style of the RFCs' prose, such as `ServerHello` or `HelloRetryRequest`.
    public var title: String {
        switch self {
        case .serverHello(let hello) where hello.isHelloRetryRequest: "HelloRetryRequest"
        case .other(let type, _): type.description
        default: type.name.map(Self.camelCase) ?? type.description
        }
    }

    /// Whether this is a ServerHello that is really a HelloRetryRequest.
    public var isHelloRetryRequest: Bool {
        if case .serverHello(let hello) = self { return hello.isHelloRetryRequest }
        return false
    }

    private static func camelCase(_ name: String) -> String {
        name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
