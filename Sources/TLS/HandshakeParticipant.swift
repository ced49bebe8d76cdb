import Policy

/// One end of an in-process connection, driven step by step by ``InProcessConnection``.
///
/// Participants never block and never use sockets: bytes come in through ``receive(_:)`` and go out through
/// ``takeOutput()``; ``advance()`` does as much work as the bytes received so far allow.
public protocol HandshakeParticipant: AnyObject {
    /// Client or server.
    var role: EndpointRole { get }
    /// Hands over bytes the peer wrote.
    func receive(_ bytes: [UInt8])
    /// Does whatever the received bytes allow. Returns without waiting when more input is needed.
    func advance()
    /// Removes and returns the bytes this participant has written since the last call.
    func takeOutput() -> [UInt8]
    /// Whether the handshake completed on this side.
    var isComplete: Bool { get }
    /// Whether this side has failed and will do nothing more.
    var hasFailed: Bool { get }
    /// Starts an orderly close (a close_notify alert for TLS endpoints) after a completed handshake.
    func close()
    /// What this side saw and did.
    var report: EndpointReport { get }
    /// The NSS key log lines this side produced.
    var keyLog: [String] { get }
}
