import Policy
import Wire

/// How an in-process handshake ended, what each side reported, and everything that crossed the wire.
public struct HandshakeOutcome: Sendable {
    /// The three ways a handshake can end.
    public enum Result: String, Sendable, Hashable, Codable {
        /// Both sides finished the handshake and neither refused the other.
        case completed
        /// A side refused: it sent a fatal alert or stopped with an error.
        case refused
        /// Neither side finished or failed within the step bound.
        case stalled
    }

    /// How it ended.
    public var result: Result
    /// The client's report.
    public var client: EndpointReport
    /// The server's report.
    public var server: EndpointReport
    /// Every write, both key logs and the closes.
    public var transcript: Transcript
    /// How many rounds of the driver loop ran.
    public var steps: Int

    /// The report of a role.
    public func report(of role: EndpointRole) -> EndpointReport {
        role == .client ? client : server
    }
}
