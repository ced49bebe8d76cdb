import Policy
import TLS

/// A scenario as it runs under one policy: pinned to a protocol version when it runs at each one, or marked
/// not applicable when the policy leaves its twin nothing to accept.
public struct ScenarioCase: Sendable, Hashable, Identifiable {
    /// The scenario.
    public let scenario: Scenario
    /// The version the misbehaving side is limited to, for scenarios that run at each version.
    public let version: TLSVersion?
    /// Why the case does not run under this policy, when it does not.
    public let notApplicable: String?
    /// What the endpoint under test must do, under the policy the case was expanded for.
    public let expectation: Expectation

    init(scenario: Scenario, version: TLSVersion?, notApplicable: String?, policy: TLSPolicy) {
        self.scenario = scenario
        self.version = version
        self.notApplicable = notApplicable
        expectation = scenario.expectation.resolved(for: policy)
    }

    /// A stable name: the scenario id, with the version for scenarios that run at each one
    /// (`client.expired-cert@tls13`).
    public var id: String {
        version.map { "\(scenario.id)@\($0.shortName)" } ?? scenario.id
    }

    /// The fatal alert the endpoint under test must send, or `nil` when the case expects acceptance.
    public var expectedAlert: TLSAlert? {
        guard case .rejected(let reason) = expectation else { return nil }
        return reason.alert(at: version ?? scenario.fault.pinnedMaximumVersion)
    }

    /// Expands scenarios into the cases a policy runs.
    public static func cases(for scenarios: [Scenario], under policy: TLSPolicy) -> [ScenarioCase] {
        scenarios.flatMap { scenario -> [ScenarioCase] in
            if scenario.runsAtEachVersion {
                let versions = [TLSVersion.tls1_2, .tls1_3].filter(policy.allows)
                if versions.isEmpty {
                    return [
                        ScenarioCase(
                            scenario: scenario, version: nil, notApplicable: "policy allows neither TLS 1.2 nor 1.3",
                            policy: policy
                        )
                    ]
                }
                return versions.map {
                    ScenarioCase(scenario: scenario, version: $0, notApplicable: nil, policy: policy)
                }
            }
            let reference = scenario.twin ?? scenario.fault
            let range = reference.versionRange
            let overlaps = range.lowest <= policy.maximumVersion && policy.minimumVersion <= range.highest
            let versions =
                range.lowest == range.highest
                ? range.lowest.rawValue : "\(range.lowest.rawValue)-\(range.highest.rawValue)"
            let reason =
                overlaps
                ? nil
                : "its twin needs \(versions), which the policy does not allow, so it could not be accepted"
            return [ScenarioCase(scenario: scenario, version: nil, notApplicable: reason, policy: policy)]
        }
    }
}
