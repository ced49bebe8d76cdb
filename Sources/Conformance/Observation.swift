import Foundation
import Policy
import TLS
import Wire

/// What happened when a scenario case ran, seen from the endpoint under test.
public struct Observation: Sendable {
    /// The handshake as it happened.
    public var outcome: HandshakeOutcome
    /// The side enforcing the policy.
    public var underTest: EndpointRole

    /// The report of the endpoint under test.
    public var enforcer: EndpointReport { outcome.report(of: underTest) }

    /// The side that refused first: the one that sent a fatal alert first, or failed without one.
    public var refusingSide: EndpointRole? {
        guard outcome.result == .refused else { return nil }
        let enforcerAlert = enforcer.fatalAlertSent
        let other = outcome.report(of: underTest.peer)
        if enforcerAlert != nil && other.fatalAlertSent == nil { return underTest }
        if enforcerAlert == nil && other.fatalAlertSent != nil { return underTest.peer }
        // Both sent fatal alerts: the one whose alert the other received first refused first.
        if other.alertsReceived.contains(where: \.isFatal) && !enforcer.alertsReceived.contains(where: \.isFatal) {
            return underTest
        }
        return enforcer.alertsReceived.first(where: \.isFatal) == nil ? underTest : underTest.peer
    }

    /// One line for the run table: how the handshake ended and why. A refusal by the endpoint under test is
    /// "refused: alert (check)"; a refusal by the other side names that side.
    public var summary: String {
        switch outcome.result {
        case .completed:
            let version = enforcer.version ?? "?"
            return "accepted \(version) \(enforcer.cipher ?? "")".trimmingCharacters(in: .whitespaces)
        case .stalled:
            return "not refused: stalled after \(outcome.steps) steps"
        case .refused:
            let side = refusingSide ?? underTest
            let report = outcome.report(of: side)
            let alert = report.fatalAlertSent?.name ?? "no alert"
            var detail = ""
            if let failure = report.policyFailure {
                detail = " (rule \(failure.rule.identifier))"
            } else if let error = report.verificationError {
                detail = " (\(error.name))"
            }
            let who = side == underTest ? "refused" : "refused by the \(side.rawValue) (the misbehaving side)"
            return "\(who): \(alert)\(detail)"
        }
    }
}
