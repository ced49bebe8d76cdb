/// What happened in one TLS connection, read back from its ``Transcript``: every handshake message, alert and
/// record in order, with the TLS 1.3 handshake decrypted through the transcript's key log.
///
/// This is the engine of the `inspect` command and of verdict checks that need to know which side sent which
/// alert. TLS 1.2 handshakes are shown as sent: their certificates travel in clear, and the records after each
/// side's ChangeCipherSpec are listed as encrypted.
public struct HandshakeInspection: Hashable, Sendable {
    /// The events in the order their bytes were written.
    public var events: [InspectionEvent]
    /// The version the server chose, or `nil` when no ServerHello was seen.
    public var version: ProtocolVersion?
    /// The cipher suite the server chose, or `nil` when no ServerHello was seen.
    public var cipherSuite: CipherSuite?
    /// The client random of the first ClientHello, which names the connection in the key log.
    public var clientRandom: [UInt8]?
    /// How each endpoint ended the connection, as the transcript recorded it.
    public var closes: [Transcript.Close]

    /// Inspects a transcript.
    ///
    /// A direction whose bytes stop making sense ends with a ``InspectionEvent/Content/malformed(_:)`` event and
    /// is not read further; records whose keys are missing from the key log are listed as encrypted. Neither
    /// fails the inspection.
    ///
    /// - Parameter transcript: The connection's writes and key log.
    /// - Throws: ``WireError`` when the transcript holds no TLS at all: no bytes, or not one record that
    ///   decodes to a TLS message.
    public init(transcript: Transcript) throws {
        guard transcript.writes.contains(where: { !$0.bytes.isEmpty }) else {
            throw WireError(.notTLS, "the transcript holds no bytes")
        }
        var engine = InspectionEngine(keyLog: KeyLog(lines: transcript.keyLog))
        for write in transcript.writes { engine.feed(write) }
        engine.finish()
        guard engine.events.contains(where: \.isTLSMessage) else {
            if let error = engine.firstError {
                throw WireError(error.code, "no TLS message could be read: \(error.reason)", offset: error.offset)
            }
            throw WireError(.truncated, "the transcript ends before its first TLS message is complete")
        }
        events = engine.events
        version = engine.version
        cipherSuite = engine.cipherSuite
        clientRandom = engine.clientRandom
        closes = transcript.closes
    }

    /// The handshake messages one side sent, in order.
    public func messages(from direction: Direction) -> [HandshakeMessage] {
        events.filter { $0.direction == direction }.compactMap(\.handshakeMessage)
    }

    /// The alerts one side sent, in order.
    public func alerts(from direction: Direction) -> [Alert] {
        events.filter { $0.direction == direction }.compactMap(\.alert)
    }

    /// The certificate chains in the order they were sent: the server's, then the client's when it sent one.
    public var certificateChains: [(direction: Direction, certificates: [[UInt8]])] {
        events.compactMap { event in
            guard case .certificate(let message) = event.handshakeMessage else { return nil }
            return (event.direction, message.certificates)
        }
    }
}
