import Policy
import TLS

/// Turns what happened in a scenario case into a verdict.
enum Judge {
    static func verdict(
        for scenarioCase: ScenarioCase, _ observed: Result<Observation, TLSError>?,
        _ twin: Result<Observation, TLSError>?
    ) -> Verdict {
        let observation: Observation
        switch observed {
        case .none:
            return Verdict(status: .fail, explanation: "the case did not run")
        case .failure(let error):
            return Verdict(status: .fail, explanation: "could not set up the endpoints: \(error)")
        case .success(let value):
            observation = value
        }
        switch scenarioCase.expectation {
        case .accepted, .refusedUnlessChainPinning:
            if observation.outcome.result == .completed { return Verdict(status: .pass, explanation: "") }
            return Verdict(status: .fail, explanation: "expected acceptance, \(observation.summary)")
        case .rejected(let reason):
            // The twin decides first: when the harmless version is refused too, the refusal proves nothing.
            switch twin {
            case .success(let twinObservation) where twinObservation.outcome.result == .completed:
                break
            case .success(let twinObservation):
                return Verdict(status: .broken, explanation: "its twin was not accepted: \(twinObservation.summary)")
            case .failure(let error):
                return Verdict(status: .broken, explanation: "its twin could not run: \(error)")
            case .none:
                return Verdict(status: .broken, explanation: "it has no twin")
            }
            let version = scenarioCase.version ?? scenarioCase.scenario.fault.pinnedMaximumVersion
            if let problem = mismatch(observation, reason, version: version) {
                return Verdict(status: .fail, explanation: problem)
            }
            return Verdict(status: .pass, explanation: "")
        }
    }

    /// What differs between the observed refusal and the expected one, or `nil` when they agree.
    private static func mismatch(_ observation: Observation, _ reason: RefusalReason, version: TLSVersion?) -> String? {
        switch observation.outcome.result {
        case .completed:
            return "accepted: the policy did not refuse"
        case .stalled:
            return "stalled: no side refused within \(observation.outcome.steps) steps"
        case .refused:
            break
        }
        let enforcer = observation.enforcer
        let expectedAlert = reason.alert(at: version)
        guard observation.refusingSide == observation.underTest, let sent = enforcer.fatalAlertSent else {
            return "refused by the misbehaving side, not by the policy: \(observation.summary)"
        }
        if sent != expectedAlert {
            return "wrong reason: sent \(sent.name), expected \(expectedAlert.name)"
        }
        switch reason.check {
        case .none:
            return nil
        case .verification(let expected):
            if enforcer.verificationError == expected { return nil }
            return
                "wrong check: \(enforcer.verificationError?.name ?? "no verification error"), expected \(expected.name)"
        case .rule(let expected):
            if enforcer.policyFailure?.rule == expected { return nil }
            let actual =
                enforcer.policyFailure.map { "rule \($0.rule.identifier)" } ?? enforcer.verificationError?.name
                ?? "no rule"
            return "wrong check: \(actual), expected rule \(expected.identifier)"
        }
    }
}
