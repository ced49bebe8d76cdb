/// The JSON form of a ``HandshakeInspection``: plain strings and numbers under stable keys, for tools and for
/// comparing runs. Names are the RFC names, or hex for unknown code points, exactly as the text form shows them.
public struct InspectionDocument: Codable, Hashable, Sendable {
    /// One event.
    public struct Event: Codable, Hashable, Sendable {
        /// The event's position, counting from 1.
        public var index: Int
        /// `clientToServer` or `serverToClient`.
        public var direction: String
        /// The offset of the carrying record in that direction's stream.
        public var offset: Int
        /// The type in the carrying record's header; absent when no record could be read.
        public var recordType: String?
        /// Whether the event came out of a decrypted record.
        public var decrypted: Bool
        /// `handshake`, `alert`, `changeCipherSpec`, `applicationData`, `heartbeat`, `encrypted`, `malformed` or
        /// `truncated`.
        public var kind: String
        /// The line the text form shows, such as `ServerHello` or `Alert fatal unknown_ca`.
        public var title: String
        /// The handshake message type name, such as `server_hello`, for handshake events.
        public var message: String?
        /// The alert level name, for alerts.
        public var alertLevel: String?
        /// The alert description name, for alerts.
        public var alertDescription: String?
        /// The size of application data, heartbeat, encrypted or truncated content.
        public var byteCount: Int?
        /// Why a record is shown encrypted or malformed.
        public var reason: String?
        /// Decoded fields by name, such as `suites` or `keyShares`, each a list of values.
        public var details: [String: [String]]?
        /// The chain of a Certificate message, end-entity first.
        public var certificates: [Certificate]?
    }

    /// One certificate of a chain.
    public struct Certificate: Codable, Hashable, Sendable {
        /// The DER encoding, base64.
        public var der: String
        /// The SHA-256 fingerprint, lower-case hex.
        public var sha256: String
        /// Subject, issuer and validity, when a summarizer could read the certificate.
        public var summary: CertificateSummary?
    }

    /// The negotiated version, when a ServerHello was seen.
    public var version: String?
    /// The chosen cipher suite, when a ServerHello was seen.
    public var cipherSuite: String?
    /// The client random in hex, which names the connection in the key log.
    public var clientRandom: String?
    /// The events in order.
    public var events: [Event]
    /// How each side closed the connection, such as `client FIN`.
    public var closes: [String]
}
