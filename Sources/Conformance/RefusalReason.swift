import Policy
import TLS

/// Why an endpoint must refuse: the alert it sends and, for certificate faults, the check that fires.
///
/// A refusal for any other reason fails the scenario: an expired certificate refused as `unknown_ca` means
/// the expiry check was never reached.
public struct RefusalReason: Sendable, Hashable, CustomStringConvertible {
    /// The check that must fire, when the fault is in a certificate.
    public enum Check: Sendable, Hashable, CustomStringConvertible {
        /// OpenSSL's chain verification must report this error.
        case verification(VerificationError)
        /// This policy rule must refuse a chain that OpenSSL accepted.
        case rule(PolicyRule)

        /// The text shown to people.
        public var description: String {
            switch self {
            case .verification(let error): error.name
            case .rule(let rule): "rule \(rule.identifier)"
            }
        }
    }

    /// The fatal alert the endpoint under test sends at TLS 1.3 (and at every version when
    /// ``alertBelowTLS13`` is `nil`).
    public var alert: TLSAlert
    /// The alert at TLS 1.2 and below, when it differs.
    public var alertBelowTLS13: TLSAlert?
    /// The check that must fire, if any.
    public var check: Check?

    /// The alert expected at a version.
    public func alert(at version: TLSVersion?) -> TLSAlert {
        if let version, version < .tls1_3, let alertBelowTLS13 { return alertBelowTLS13 }
        return alert
    }

    /// The text shown to people.
    public var description: String {
        check.map { "\(alert.name) (\($0))" } ?? alert.name
    }
}

extension RefusalReason {
    /// A refusal with an alert because a policy rule refused the chain.
    public static func rule(_ alert: TLSAlert, _ rule: PolicyRule) -> RefusalReason {
        RefusalReason(alert: alert, alertBelowTLS13: nil, check: .rule(rule))
    }
}
