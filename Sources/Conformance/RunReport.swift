import Foundation
import Policy
import TLS

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
                + "\(counts[.pass, default: 0]) passed, \(counts[.fail, default: 0]) failed, "
                + "\(counts[.broken, default: 0]) broken, \(counts[.skipped, default: 0]) skipped"
        )
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON form: the policy, the reference time, totals and one object per case, with what both sides
    /// sent and received.
    public func json() -> String {
        let cases: [JSONValue] = results.map { result in
            var fields: [(String, JSONValue)] = [
                ("id", .string(result.id)),
                ("scenario", .string(result.scenarioCase.scenario.id)),
                ("category", .string(result.scenarioCase.scenario.category.name)),
                ("misbehaving", .string(result.scenarioCase.scenario.misbehaving.rawValue)),
                ("fault", .string(result.scenarioCase.scenario.fault.description)),
                ("expected", .string(Self.expected(result))),
                ("verdict", .string(result.verdict.status.rawValue)),
            ]
            if let version = result.scenarioCase.version { fields.append(("version", .string(version.rawValue))) }
            if !result.verdict.explanation.isEmpty {
                fields.append(("explanation", .string(result.verdict.explanation)))
            }
            if let observation = result.observation {
                fields += Self.fields(of: observation)
            }
            if let twin = result.twinObservation { fields.append(("twin", .string(twin.summary))) }
            if let path = result.capturePath { fields.append(("capture", .string(path))) }
            return .orderedObject(fields)
        }
        let counts = totals
        let document = JSONValue.orderedObject([
            ("policy", .string(policyName)),
            ("referenceTime", .string(ISO8601DateFormatter().string(from: referenceTime))),
            (
                "totals",
                .orderedObject([
                    ("cases", .number(Double(results.count))), ("passed", .number(Double(counts[.pass, default: 0]))),
                    ("failed", .number(Double(counts[.fail, default: 0]))),
                    ("broken", .number(Double(counts[.broken, default: 0]))),
                    ("skipped", .number(Double(counts[.skipped, default: 0]))),
                ])
            ),
            ("cases", .array(cases)),
        ])
        return JSONWriter.write(document)
    }

    private static func fields(of observation: Observation) -> [(String, JSONValue)] {
        let enforcer = observation.enforcer
        var fields: [(String, JSONValue)] = [
            ("observed", .string(observation.summary)), ("outcome", .string(observation.outcome.result.rawValue)),
        ]
        if let alert = enforcer.fatalAlertSent { fields.append(("alertSent", .string(alert.name))) }
        if let error = enforcer.verificationError { fields.append(("verificationError", .string(error.name))) }
        if let failure = enforcer.policyFailure {
            fields.append(("policyRule", .string(failure.rule.identifier)))
            fields.append(("policyReason", .string(failure.reason)))
        }
        if let version = enforcer.version { fields.append(("negotiatedVersion", .string(version))) }
        if let cipher = enforcer.cipher { fields.append(("cipher", .string(cipher))) }
        for role in EndpointRole.allCases {
            let report = observation.outcome.report(of: role)
            let describe = { (alert: EndpointReport.Alert) in
                "\(alert.isFatal ? "fatal" : "warning") \(alert.alert.name)"
            }
            fields.append(
                (
                    role.rawValue,
                    .orderedObject([
                        ("completed", .bool(report.completed)),
                        ("alertsSent", .strings(report.alertsSent.map(describe))),
                        ("alertsReceived", .strings(report.alertsReceived.map(describe))),
                    ])
                ))
        }
        return fields
    }
}
