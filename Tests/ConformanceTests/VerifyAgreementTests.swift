import Conformance
import PKI
import Policy
import TLS
import Testing

/// Offline verification and the handshake must decide every certificate scenario the same way, for the same
/// reason: they share one code path, and this proves it.
@Suite("verify agrees with the handshake")
struct VerifyAgreementTests {
    static let certificateCaseIDs = ConformanceFixtures.strictCaseIDs.filter { id in
        ConformanceFixtures.strictResults[id]?.scenarioCase.scenario.fault.presentedVariant != nil
    }

    @Test("offline verification reaches the handshake's decision", arguments: certificateCaseIDs)
    func agrees(caseID: String) throws {
        let result = try #require(ConformanceFixtures.strictResults[caseID])
        let observation = try #require(result.observation)
        let scenario = result.scenarioCase.scenario
        let variant = try #require(scenario.fault.presentedVariant)
        let runner = ConformanceFixtures.strictRunner
        let verification = EndpointConfiguration.PeerVerification(
            policy: runner.enforcedPolicy, trustAnchors: [runner.pki.trustAnchor], crls: runner.pki.crls,
            referenceTime: runner.pki.referenceTime,
            expectedHostName: scenario.misbehaving == .server ? runner.pki.serverName : nil
        )
        let decision = try OfflineVerifier.verify(
            chain: runner.pki.credential(for: scenario.misbehaving, variant).chain, verification: verification,
            peer: scenario.misbehaving
        )
        let enforcer = observation.enforcer
        #expect(decision.accepted == (observation.outcome.result == .completed), "\(caseID)")
        #expect(decision.error == enforcer.verificationError, "\(caseID)")
        #expect(decision.policyFailure?.rule == enforcer.policyFailure?.rule, "\(caseID)")
    }
}
