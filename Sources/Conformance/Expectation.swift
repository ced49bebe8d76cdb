import Policy
import TLS

/// What the endpoint under test must do in a scenario.
public indirect enum Expectation: Sendable, Hashable {
    /// The handshake completes.
    case accepted
    /// The endpoint under test refuses, for the given reason.
    case rejected(RefusalReason)
    /// Accepted when the policy lets a pin match any certificate of the chain, refused for the reason
    /// otherwise (leaf-only pinning, or no pinning at all, which must not pass for pinning).
    case refusedUnlessChainPinning(RefusalReason)

    /// The expectation under a policy.
    public func resolved(for policy: TLSPolicy) -> Expectation {
        switch self {
        case .refusedUnlessChainPinning(let reason):
            policy.pinning.scope == .chain ? .accepted : .rejected(reason)
        case .accepted, .rejected:
            self
        }
    }

    /// Whether the scenario may expect a refusal, under some policy.
    public var mayRefuse: Bool {
        if case .accepted = self { return false }
        return true
    }
}

extension Expectation {
    /// Refused with an alert and no certificate check.
    public static func refused(_ alert: TLSAlert, belowTLS13: TLSAlert? = nil) -> Expectation {
        .rejected(RefusalReason(alert: alert, alertBelowTLS13: belowTLS13, check: nil))
    }

    /// Refused with an alert because chain verification reported an error.
    public static func refused(_ alert: TLSAlert, verification: VerificationError) -> Expectation {
        .rejected(RefusalReason(alert: alert, alertBelowTLS13: nil, check: .verification(verification)))
    }

    /// Refused with an alert because a policy rule refused the chain.
    public static func refused(_ alert: TLSAlert, rule: PolicyRule) -> Expectation {
        .rejected(RefusalReason(alert: alert, alertBelowTLS13: nil, check: .rule(rule)))
    }
}
