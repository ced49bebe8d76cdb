import Foundation
import Policy
import Testing

@Suite("Policy rules")
struct PolicyEvaluationTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func leaf(
        dns: [String] = [], uris: [String] = [TLSPolicy.HarnessIdentity.clientURI], days: Double = 1,
        isCA: Bool = false, family: CertificateFacts.KeyFamily = .ec, bits: Int = 256, hash: String? = "SHA256"
    ) -> CertificateFacts {
        CertificateFacts(
            subject: "leaf", notBefore: now, notAfter: now + days * 86_400, dnsNames: dns, uris: uris, isCA: isCA,
            keyFamily: family, keyBits: bits, signatureHash: hash
        )
    }

    static let root = CertificateFacts(
        subject: "root", notBefore: now, notAfter: now + 3650 * 86_400, dnsNames: [], uris: [], isCA: true,
        keyFamily: .ec, keyBits: 256, signatureHash: "SHA1"
    )

    @Test("a good chain meets nhi-strict, even when the root signs itself with SHA-1")
    func goodChainMeets() {
        #expect(TLSPolicy.nhiStrict.evaluate(chain: [Self.leaf(), Self.root]).failedRule == nil)
    }

    @Test(
        "each rule refuses its fault",
        arguments: [
            (leaf(isCA: true), PolicyRule.leafIsCA),
            (leaf(family: .rsa, bits: 1024), .keySize),
            (leaf(bits: 224), .keySize),
            (leaf(hash: "SHA1"), .signatureHash),
            (leaf(days: 8), .leafLifetime),
            (leaf(dns: ["*.mtls-harness.test"], uris: []), .wildcardName),
            (leaf(uris: ["spiffe://mtls-harness.test/workload/intruder"]), .peerIdentity),
        ]
    )
    func ruleRefusesFault(leaf: CertificateFacts, rule: PolicyRule) {
        #expect(TLSPolicy.nhiStrict.evaluate(chain: [leaf, Self.root]).failedRule == rule)
    }

    @Test("the permissive preset has no rule that refuses these faults")
    func permissiveMeetsAll() {
        for leaf in [Self.leaf(days: 400), Self.leaf(dns: ["*.x.test"], uris: []), Self.leaf(family: .rsa, bits: 512)] {
            #expect(TLSPolicy.insecurePermissive.evaluate(chain: [leaf, Self.root]).failedRule == nil)
        }
    }

    @Test("identities match DNS names without regard to case")
    func dnsIdentityIgnoresCase() {
        let leaf = Self.leaf(dns: ["SERVER.mtls-harness.test"], uris: [])
        #expect(TLSPolicy.nhiStrict.evaluate(chain: [leaf, Self.root]).failedRule == nil)
    }
}
