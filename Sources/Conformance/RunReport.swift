import Foundation
import Policy

/// The results of a run, with the renderings the command line prints: an aligned table or JSON.
public struct RunReport: Sendable {
    /// The policy the run tested.
    public var policyName: String
    /// The reference time of the run.
    public var referenceTime: Date
    /// One result per case, in catalog order.
    public var results: [ScenarioResult]

    /// Creates a report.
    public init(policyName: String, referenceTime: Date, results: [ScenarioResult]) {
        self.policyName = policyName
        self.referenceTime = referenceTime
        self.results = results
    }

    /// How many cases ended with each status.
    public var totals: [Verdict.Status: Int] {
        results.reduce(into: [:]) { $0[$1.verdict.status, default: 0] += 1 }
    }

    /// Whether every case that ran passed.
    public var allPassed: Bool { !results.contains { $0.verdict.isFailure } }

    /// What a case expected, in a few words.
    static func expected(_ result: ScenarioResult) -> String {
        switch result.scenarioCase.expectation {
        case .accepted, .refusedUnlessChainPinning:
            return "accepted"
        case .rejected(let reason):
            let alert = result.scenarioCase.expectedAlert?.name ?? "?"
            return reason.check.map { "\(alert) (\($0))" } ?? alert
        }
    }

    /// The aligned table: one row per case (id, expected, observed, verdict, and the capture when the run kept
    /// any), then the explanation of each case that did not pass, then totals.
    public func table() -> String {
        let showsCaptures = results.contains { $0.capturePath != nil }
        let header = ["SCENARIO", "EXPECTED", "OBSERVED", "VERDICT"] + (showsCaptures ? ["CAPTURE"] : [])
        let rows = results.map { result -> [String] in
            [
                result.id, Self.expected(result), result.observation?.summary ?? "-",
                result.verdict.status.rawValue.uppercased(),
            ] + (showsCaptures ? [result.capturePath ?? ""] : [])
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = [line(header)] + rows.map(line)
        for result in results where result.verdict.isFailure || result.verdict.status == .skipped {
            lines.append("\(result.verdict.status.rawValue) \(result.id): \(result.verdict.explanation)")
        }
        let counts = totals
        lines.append(
            "policy \(policyName): \(results.count) \(results.count == 1 ? "case" : "cases"), "
                + "\(counts[.pass, default: 0]) passed, \(counts[.fail, default: 0]) failed, \(counts[.broken, default: 0]) broken, "
                + "\(counts[.skipped, default: 0]) skipped"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON form: the policy, the reference time, totals and one object per case.
    public func json() -> String {
        let cases: [[String: Any]] = results.map { result in
            var object: [String: Any] = [
                "id": result.id,
                "scenario": result.scenarioCase.scenario.id,
                "category": result.scenarioCase.scenario.category.name,
                "misbehaving": result.scenarioCase.scenario.misbehaving.rawValue,
                "fault": result.scenarioCase.scenario.fault.description,
                "expected": Self.expected(result),
                "verdict": result.verdict.status.rawValue,
            ]
            if let version = result.scenarioCase.version { object["version"] = version.rawValue }
            if !result.verdict.explanation.isEmpty { object["explanation"] = result.verdict.explanation }
            if let observation = result.observation {
                object["observed"] = observation.summary
                object["outcome"] = observation.outcome.result.rawValue
                let enforcer = observation.enforcer
                if let alert = enforcer.fatalAlertSent { object["alertSent"] = alert.name }
                if let error = enforcer.verificationError { object["verificationError"] = error.name }
                if let rule = enforcer.policyFailure { object["policyRule"] = rule.rule.identifier }
                if let version = enforcer.version { object["negotiatedVersion"] = version }
                if let cipher = enforcer.cipher { object["cipher"] = cipher }
            }
            if let twin = result.twinObservation { object["twin"] = twin.summary }
            if let path = result.capturePath { object["capture"] = path }
            return object
        }
        let counts = totals
        let document: [String: Any] = [
            "policy": policyName,
            "referenceTime": ISO8601DateFormatter().string(from: referenceTime),
            "totals": [
                "cases": results.count, "passed": counts[.pass, default: 0], "failed": counts[.fail, default: 0],
                "broken": counts[.broken, default: 0], "skipped": counts[.skipped, default: 0],
            ],
            "cases": cases,
        ]
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: options)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
