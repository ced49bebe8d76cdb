import Conformance
import Policy
import Testing

@Suite("Catalog")
struct CatalogTests {
    @Test("every case passes under nhi-strict", arguments: ConformanceFixtures.strictCaseIDs)
    func passesUnderStrict(caseID: String) throws {
        let result = try #require(ConformanceFixtures.strictResults[caseID], "case \(caseID) did not run")
        #expect(result.verdict.status == .pass, "\(caseID): \(result.verdict)")
    }

    @Test("every rejecting case fails under insecure-permissive, proving its check can fail")
    func rejectingCasesFailUnderPermissive() {
        let results = ConformanceFixtures.permissiveResults
        #expect(!results.isEmpty)
        for result in results.values {
            switch result.scenarioCase.expectation {
            case .accepted, .refusedUnlessChainPinning:
                #expect(result.verdict.status == .pass, "\(result.id): \(result.verdict)")
            case .rejected:
                #expect(result.verdict.status == .fail, "\(result.id) did not fail: \(result.verdict)")
                #expect(result.observation?.outcome.result != .refused, "\(result.id) was still refused")
            }
        }
    }

    @Test("every rejecting scenario has a twin that differs only in its fault")
    func rejectingScenariosHaveTwins() throws {
        for scenario in Catalog.all {
            guard scenario.expectation.mayRefuse else {
                #expect(scenario.twin == nil, "\(scenario.id) expects acceptance and needs no twin")
                continue
            }
            let twin = try #require(scenario.twinScenario, "\(scenario.id) has no twin")
            #expect(twin.fault != scenario.fault, "\(scenario.id): the twin carries the same fault")
            #expect(twin.misbehaving == scenario.misbehaving)
            #expect(twin.category == scenario.category)
            #expect(twin.expectation == .accepted)
        }
    }

    @Test("every twin is accepted under nhi-strict, so no scenario is broken")
    func twinsAreAcceptedUnderStrict() {
        for result in ConformanceFixtures.strictResults.values where result.scenarioCase.scenario.twin != nil {
            #expect(result.twinObservation?.outcome.result == .completed, "\(result.id): \(result.verdict)")
            #expect(result.verdict.status != .broken, "\(result.id) is broken")
        }
    }

    @Test("scenario ids are unique and name the misbehaving side")
    func idsAreUniqueAndPrefixed() {
        let ids = Catalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for scenario in Catalog.all where scenario.category != .baseline {
            #expect(scenario.id.hasPrefix("\(scenario.misbehaving.rawValue)."), "\(scenario.id)")
        }
    }

    @Test("certificate scenarios run at TLS 1.2 and 1.3 when the policy allows both")
    func certificateScenariosRunAtBothVersions() {
        let ids = Set(ConformanceFixtures.strictCaseIDs)
        #expect(ids.contains("client.no-certificate@tls12"))
        #expect(ids.contains("client.no-certificate@tls13"))
        #expect(ids.contains("server.expired-cert@tls12"))
        #expect(ids.contains("server.expired-cert@tls13"))
        #expect(ids.contains("client.offers-tls1.0"))
    }

    @Test("a missing client certificate is certificate_required at TLS 1.3 and handshake_failure at TLS 1.2")
    func missingClientCertificateAlertsDifferByVersion() throws {
        let tls13 = try #require(ConformanceFixtures.strictResults["client.no-certificate@tls13"]?.observation)
        let tls12 = try #require(ConformanceFixtures.strictResults["client.no-certificate@tls12"]?.observation)
        #expect(tls13.enforcer.fatalAlertSent?.name == "certificate_required")
        #expect(tls12.enforcer.fatalAlertSent?.name == "handshake_failure")
    }

    @Test("cases a policy cannot run are skipped, not passed")
    func inapplicableCasesAreSkipped() throws {
        let runner = try ScenarioRunner(policy: .mozillaModern, referenceTime: ConformanceFixtures.referenceTime)
        let results = runner.run(Catalog.all.filter { $0.id == "client.null-ciphers" || $0.id == "baseline.mtls" })
        let null = try #require(results.first { $0.id == "client.null-ciphers" })
        #expect(null.verdict.status == .skipped)
        #expect(results.filter { $0.scenarioCase.scenario.id == "baseline.mtls" }.map(\.id) == ["baseline.mtls@tls13"])
    }
}
