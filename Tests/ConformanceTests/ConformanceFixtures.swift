import Conformance
import Foundation
import Policy

/// Catalog runs shared by the tests, each done once at a fixed reference time.
enum ConformanceFixtures {
    /// 2027-01-15T08:00:00Z: a fixed instant, so no result depends on the wall clock.
    static let referenceTime = Date(timeIntervalSince1970: 1_800_000_000)

    static let strictRunner = try! ScenarioRunner(policy: .nhiStrict, referenceTime: referenceTime)
    static let strictResults: [String: ScenarioResult] = Dictionary(
        uniqueKeysWithValues: strictRunner.run(Catalog.all).map { ($0.id, $0) }
    )
    static let permissiveResults: [String: ScenarioResult] = results(under: .insecurePermissive)

    static func results(under policy: TLSPolicy) -> [String: ScenarioResult] {
        do {
            let runner = try ScenarioRunner(policy: policy, referenceTime: referenceTime)
            return Dictionary(uniqueKeysWithValues: runner.run(Catalog.all).map { ($0.id, $0) })
        } catch {
            return [:]
        }
    }

    /// Every case id the catalog has under nhi-strict, which allows TLS 1.2 and 1.3.
    static let strictCaseIDs: [String] = ScenarioCase.cases(for: Catalog.all, under: .nhiStrict).map(\.id)
}
