/// The result of one scenario case: what happened, what happened to its twin, and the verdict.
public struct ScenarioResult: Sendable, Identifiable {
    /// The case that ran.
    public var scenarioCase: ScenarioCase
    /// What happened, or `nil` when the case was skipped.
    public var observation: Observation?
    /// What happened to the twin, for rejecting scenarios.
    public var twinObservation: Observation?
    /// Whether the case showed what it was meant to.
    public var verdict: Verdict
    /// Where the capture of this case was written, when one was.
    public var capturePath: String?

    /// The case's id.
    public var id: String { scenarioCase.id }
}
