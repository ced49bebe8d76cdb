import Policy

/// What one endpoint saw and did during a handshake.
public struct EndpointReport: Sendable, Hashable {
    /// An alert with its level.
    public struct Alert: Sendable, Hashable {
        /// Whether the alert ends the connection.
        public var isFatal: Bool
        /// The alert description.
        public var alert: TLSAlert
    }

    /// A policy rule that refused the peer's chain, with the reason in words.
    public struct PolicyFailure: Sendable, Hashable {
        /// The rule.
        public var rule: PolicyRule
        /// Why it refused.
        public var reason: String
    }

    /// Client or server.
    public var role: EndpointRole
    /// Whether this endpoint reached the end of its handshake without error.
    public var completed: Bool = false
    /// Alerts this endpoint sent, in order.
    public var alertsSent: [Alert] = []
    /// Alerts this endpoint received, in order.
    public var alertsReceived: [Alert] = []
    /// The error chain verification reported, when it refused the peer's chain.
    public var verificationError: VerificationError?
    /// The policy rule that refused the peer's chain, when one did.
    public var policyFailure: PolicyFailure?
    /// OpenSSL's error queue when the handshake failed on this side, oldest first.
    public var openSSLErrors: [String] = []
    /// The negotiated version as this endpoint saw it, such as `TLSv1.3`.
    public var version: String?
    /// The negotiated cipher suite as this endpoint saw it, by OpenSSL name.
    public var cipher: String?

    /// Creates an empty report for a role.
    public init(role: EndpointRole) {
        self.role = role
    }

    /// The first fatal alert this endpoint sent.
    public var fatalAlertSent: TLSAlert? { alertsSent.first(where: \.isFatal)?.alert }
}
