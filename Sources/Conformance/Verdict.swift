/// Whether a scenario case showed what it was meant to show.
public struct Verdict: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of verdict.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The endpoint under test did what was expected, for the expected reason, and the twin was accepted.
        case pass
        /// The endpoint under test did something else, or refused for another reason.
        case fail
        /// The twin was refused too, so the scenario proves nothing.
        case broken
        /// The scenario does not apply to this policy.
        case skipped
    }

    /// The kind of verdict.
    public var status: Status
    /// Why, in one line; empty for a plain pass.
    public var explanation: String

    /// Whether the verdict counts against the run.
    public var isFailure: Bool { status == .fail || status == .broken }

    /// The text shown to people.
    public var description: String {
        explanation.isEmpty ? status.rawValue : "\(status.rawValue): \(explanation)"
    }
}
