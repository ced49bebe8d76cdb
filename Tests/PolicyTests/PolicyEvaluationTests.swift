import Foundation
import PKI
import Policy
import Testing
import X509

@Suite("Policy rules")
struct PolicyEvaluationTests {
    static let pki = try! ScenarioPKI.generate(referenceTime: Date(timeIntervalSince1970: 1_800_000_000))

    /// nhi-strict with the scenario PKI's keys pinned, as a run enforces it.
    static var strict: TLSPolicy {
        var policy = TLSPolicy.nhiStrict
        policy.pinning.pins = pki.pins
        return policy
    }

    /// The chain a variant's holder sends, read by the project's reader, with the trust anchor appended as
    /// chain verification would.
    static func chain(_ role: EndpointRole, _ variant: CertificateVariant) throws -> [Certificate] {
        let sent = pki.credential(for: role, variant).chain
        return try (sent + [pki.trustAnchor]).map { try Certificate(derEncoded: $0) }
    }

    @Test("the good chains meet nhi-strict", arguments: EndpointRole.allCases)
    func goodChainMeets(role: EndpointRole) throws {
        let evaluation = Self.strict.evaluate(chain: try Self.chain(role, .valid), peer: role)
        #expect(evaluation.failedRule == nil)
    }

    @Test(
        "each rule refuses its fault",
        arguments: [
            (EndpointRole.client, CertificateVariant.leafIsCA, PolicyRule.leafIsCA),
            (.client, .unknownCriticalExtension, .unknownCriticalExtension),
            (.server, .unknownCriticalExtension, .unknownCriticalExtension),
            (.client, .keyCertSign, .leafKeyUsage),
            (.server, .keyCertSign, .leafKeyUsage),
            (.client, .twoURIs, .svidURICount),
            (.client, .nonSPIFFEURI, .svidScheme),
            (.client, .foreignTrustDomain, .svidTrustDomain),
            (.client, .rsa1024, .keySize),
            (.client, .sha1Signature, .signatureHash),
            (.client, .tooLongLived, .leafLifetime),
            (.server, .wildcardName, .wildcardName),
            (.client, .identityNotAllowed, .peerIdentity),
            (.server, .identityNotAllowed, .peerIdentity),
            (.client, .unpinnedKey, .pin),
            (.server, .pinnedIntermediate, .pin),
        ]
    )
    func ruleRefusesFault(role: EndpointRole, variant: CertificateVariant, rule: PolicyRule) throws {
        let evaluation = Self.strict.evaluate(chain: try Self.chain(role, variant), peer: role)
        #expect(evaluation.failedRule == rule)
    }

    @Test("a pin on the intermediate is enough when the scope is the whole chain")
    func chainScopeAcceptsIntermediatePin() throws {
        var policy = Self.strict
        policy.pinning.scope = .chain
        #expect(policy.evaluate(chain: try Self.chain(.client, .pinnedIntermediate), peer: .client).failedRule == nil)
        #expect(policy.evaluate(chain: try Self.chain(.client, .unpinnedKey), peer: .client).failedRule == .pin)
    }

    @Test("pinning with no pins fails closed")
    func pinningWithoutPinsFailsClosed() throws {
        let evaluation = TLSPolicy.nhiStrict.evaluate(chain: try Self.chain(.client, .valid), peer: .client)
        #expect(evaluation.failedRule == .pin)
    }

    @Test("the permissive preset has no rule that refuses these faults")
    func permissiveMeetsAll() throws {
        for variant in [CertificateVariant.tooLongLived, .wildcardName, .rsa1024, .twoURIs, .unpinnedKey] {
            let evaluation = TLSPolicy.insecurePermissive.evaluate(
                chain: try Self.chain(.client, variant), peer: .client)
            #expect(evaluation.failedRule == nil, "\(variant)")
        }
    }

    @Test("a server without a spiffe URI is not held to the X509-SVID rules")
    func serverWithoutSVIDIsNotChecked() throws {
        let evaluation = Self.strict.evaluate(chain: try Self.chain(.server, .valid), peer: .server)
        #expect(evaluation.failedRule == nil)
    }

    @Test(
        "SPIFFE IDs are read by the specification's rules",
        arguments: [
            ("spiffe://example.org/workload", nil),
            ("spiffe://example.org", SPIFFEID.Problem.path),
            ("spiffe://example.org/", .path),
            ("spiffe://example.org/a//b", .path),
            ("spiffe://example.org/a/../b", .path),
            ("spiffe://Example.org/a", .trustDomain),
            ("spiffe://exa mple.org/a", .trustDomain),
            ("spiffe:///a", .trustDomain),
            ("https://example.org/a", .scheme),
            ("SPIFFE://example.org/a", .scheme),
        ]
    )
    func spiffeIDRules(uri: String, problem: SPIFFEID.Problem?) {
        switch SPIFFEID.parse(uri) {
        case .success(let id): #expect(problem == nil && id.description == uri)
        case .failure(let error): #expect(error.problem == problem)
        }
    }
}
