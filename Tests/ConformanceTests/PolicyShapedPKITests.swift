import Conformance
import Foundation
import PKI
import Policy
import Testing
import X509

/// The scenario PKI follows the policy under test, so that a correct policy passes whatever its identities
/// and lifetimes.
@Suite("A policy with its own identities and lifetime")
struct PolicyShapedPKITests {
    /// A service mesh: its own trust domain and names, day-long certificates.
    static let mesh: TLSPolicy = {
        var policy = TLSPolicy.nhiStrict
        policy.name = "mesh"
        policy.maximumLeafLifetime = 86_400
        policy.spiffeTrustDomains = ["cluster.local"]
        policy.allowedPeerIdentities = .init(
            dnsNames: ["payments.cluster.local"], uris: ["spiffe://cluster.local/ns/payments/sa/payments-api"]
        )
        return policy
    }()

    @Test("every case passes under a mesh policy with one-day leaves and its own trust domain")
    func meshPolicyPasses() throws {
        let runner = try ScenarioRunner(policy: Self.mesh, referenceTime: ConformanceFixtures.referenceTime)
        for result in runner.run(Catalog.all) {
            #expect(result.verdict.status == .pass, "\(result.id): \(result.verdict)")
        }
    }

    @Test("the foreign trust domain variant leaves the policy's trust domain")
    func foreignTrustDomainIsForeign() throws {
        let pki = try ScenarioPKI.generate(referenceTime: ConformanceFixtures.referenceTime, for: Self.mesh)
        let leaf = try Certificate(derEncoded: pki.credential(for: .client, .foreignTrustDomain).leaf)
        let names = try leaf.extensions.subjectAlternativeNames ?? []
        #expect(names == [.uniformResourceIdentifier("spiffe://attacker.test/ns/payments/sa/payments-api")])
    }

    @Test("good leaves live no longer than the policy allows, and the long-lived one longer")
    func lifetimesFollowThePolicy() throws {
        let pki = try ScenarioPKI.generate(referenceTime: ConformanceFixtures.referenceTime, for: Self.mesh)
        let good = try Certificate(derEncoded: pki.credential(for: .server, .valid).leaf)
        let long = try Certificate(derEncoded: pki.credential(for: .server, .tooLongLived).leaf)
        #expect(good.notAfter.timeIntervalSince(good.notBefore) <= 86_400)
        #expect(good.notBefore < ConformanceFixtures.referenceTime && ConformanceFixtures.referenceTime < good.notAfter)
        #expect(long.notAfter.timeIntervalSince(long.notBefore) > 86_400)
    }
}
