import Conformance
import Policy
import Testing

@Suite("Verdicts")
struct JudgeTests {
    @Test("a refusal for the wrong reason fails the scenario")
    func wrongReasonFails() throws {
        // Expect the expired certificate to be refused as unknown_ca: the run must call that a failure.
        let misjudged = Scenario(
            "client.expired-cert-wrong-reason", .chain, misbehaving: .client, fault: .presents(.expired),
            twin: .presents(.valid), expect: .refused(.unknownCA, verification: .unableToGetIssuerLocally)
        )
        let runner = try ScenarioRunner(policy: .nhiStrict, referenceTime: ConformanceFixtures.referenceTime)
        let results = runner.run([misjudged])
        #expect(results.count == 2)
        for result in results {
            #expect(result.verdict.status == .fail)
            #expect(result.verdict.explanation.contains("wrong reason"), "\(result.verdict)")
        }
    }

    @Test("a scenario whose twin is refused too is broken")
    func refusedTwinIsBroken() throws {
        let broken = Scenario(
            "client.expired-cert-bad-twin", .chain, misbehaving: .client, fault: .presents(.expired),
            twin: .presents(.notYetValid), expect: .refused(.certificateExpired, verification: .certificateHasExpired)
        )
        let runner = try ScenarioRunner(policy: .nhiStrict, referenceTime: ConformanceFixtures.referenceTime)
        for result in runner.run([broken]) {
            #expect(result.verdict.status == .broken, "\(result.id): \(result.verdict)")
        }
    }

    @Test("an acceptance where a refusal was expected fails the scenario")
    func unexpectedAcceptanceFails() throws {
        let scenario = Scenario(
            "server.good-cert-expected-refusal", .chain, misbehaving: .server, fault: .presents(.valid),
            twin: .presents(.valid), expect: .refused(.badCertificate)
        )
        let runner = try ScenarioRunner(policy: .nhiStrict, referenceTime: ConformanceFixtures.referenceTime)
        for result in runner.run([scenario]) {
            #expect(result.verdict.status == .fail)
            #expect(result.verdict.explanation.hasPrefix("accepted"), "\(result.verdict)")
        }
    }
}
