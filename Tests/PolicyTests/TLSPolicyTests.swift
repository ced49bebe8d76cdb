import Foundation
import Policy
import Testing

@Suite("Policy JSON")
struct TLSPolicyTests {
    @Test("every preset validates and survives a JSON round trip", arguments: TLSPolicy.presetNames)
    func presetRoundTrips(name: String) throws {
        let preset = try TLSPolicy.preset(named: name)
        try preset.validate()
        let reloaded = try TLSPolicy(jsonData: preset.jsonData())
        #expect(reloaded == preset)
    }

    @Test("nhi-strict holds the values the harness promises")
    func strictPresetValues() {
        let strict = TLSPolicy.nhiStrict
        #expect(strict.minimumVersion == .tls1_2 && strict.maximumVersion == .tls1_3)
        #expect(strict.clientCertificate == .required)
        #expect(strict.revocation == .crlHardFail)
        #expect(strict.maximumLeafLifetime == 7 * 86_400)
        #expect(!strict.allowsWildcardNames)
        #expect(strict.minimumRSAKeyBits == 2048 && strict.minimumECKeyBits == 256)
        #expect(Set(strict.groups) == ["X25519", "P-256", "P-384"])
        for name in strict.tls12CipherSuites {
            let suite = AlgorithmNames.tls12CipherSuite(named: name)
            #expect(suite?.isAEAD == true && suite?.isForwardSecret == true, "\(name)")
        }
        #expect(!strict.signatureAlgorithms.contains { $0.contains("sha1") })
    }

    static let invalidDocuments: [(String, PolicyError.Code, String)] = [
        (#"{"bogus": 1}"#, .unknownField, "unknown field 'bogus'"),
        ("[1, 2]", .malformedJSON, "must be a JSON object"),
        ("{not json", .malformedJSON, "not valid JSON"),
        (#"{"name": "a", "name": "b"}"#, .malformedJSON, "line 1, column 15: the key 'name' appears twice"),
        ("{\n  \"groups\": [\"X25519\",]\n}", .malformedJSON, "line 2, column 23: a trailing comma"),
        (#"{"name": "a",}"#, .malformedJSON, "no trailing commas"),
        (String(repeating: "[", count: 100), .malformedJSON, "nested more than 64 deep"),
        ("\u{FEFF}{}", .malformedJSON, "byte order mark"),
        (#"{"minRSABits": 02048}"#, .malformedJSON, "leading zero"),
        (#"{"name": "a"} {}"#, .malformedJSON, "unexpected text after the document"),
        (#"{"name": "\ud800"}"#, .malformedJSON, "lone surrogate"),
        (replacing("tls12CipherSuites", #"["RC4-MD5X"]"#), .unknownName, "unknown cipher suite 'RC4-MD5X'"),
        (replacing("tls13CipherSuites", #"["TLS_FAKE"]"#), .unknownName, "unknown cipher suite 'TLS_FAKE'"),
        (replacing("groups", #"["P-999"]"#), .unknownName, "field 'groups': unknown group 'P-999'"),
        (replacing("signatureAlgorithms", #"["dsa_sha1"]"#), .unknownName, "unknown signature algorithm 'dsa_sha1'"),
        (replacing("minVersion", #""TLSv1.3""#, "maxVersion", #""TLSv1.2""#), .inconsistent, "is above maxVersion"),
        (replacing("tls12CipherSuites", "[]"), .inconsistent, "'tls12CipherSuites': empty, but the policy allows"),
        (replacing("tls13CipherSuites", "[]"), .inconsistent, "'tls13CipherSuites': empty"),
        (replacing("groups", "[]"), .inconsistent, "field 'groups': empty"),
        (replacing("minVersion", #""TLSv1.9""#), .unknownName, "unknown value 'TLSv1.9'"),
        (replacing("minRSABits", #""2048""#), .wrongType, "field 'minRSABits': expected a whole number"),
        (replacing("allowWildcardNames", "1"), .wrongType, "expected true or false"),
        (
            replacing("forbiddenSignatureHashes", #"["SHA1"]"#, "signatureAlgorithms", #"["rsa_pkcs1_sha1"]"#),
            .inconsistent, "uses SHA1, which forbiddenSignatureHashes forbids"
        ),
        (removing("revocation"), .missingField, "missing field 'revocation'"),
        (
            replacing("allowedPeerIdentities", #"{"dns": [], "spiffe": []}"#), .unknownField,
            "unknown field 'allowedPeerIdentities.spiffe'"
        ),
        (
            replacing("pinning", #"{"scope": "leaf", "pins": ["sha256/short"]}"#), .unknownName,
            "field 'pinning.pins': 'sha256/short' is not a pin"
        ),
        (
            replacing("pinning", #"{"scope": "everything"}"#), .unknownName,
            "field 'pinning.scope': unknown value 'everything'"
        ),
        (replacing("spiffeTrustDomains", #"["Example.ORG"]"#), .inconsistent, "is not a SPIFFE trust domain"),
        (
            replacing("allowedPeerIdentities", #"{"dns": ["a.test,DNS:evil.test"], "uri": []}"#), .inconsistent,
            "is not a DNS host name"
        ),
        (
            replacing("allowedPeerIdentities", #"{"dns": [], "uri": ["spiffe://a.test/x y"]}"#), .inconsistent,
            "is not a URI of printable ASCII"
        ),
    ]

    @Test("each kind of invalid policy is refused with a message naming the field", arguments: invalidDocuments)
    func invalidDocumentIsRefused(document: String, code: PolicyError.Code, message: String) {
        #expect {
            _ = try TLSPolicy(jsonData: Data(document.utf8))
        } throws: { error in
            guard let error = error as? PolicyError else { return false }
            return error.code == code && error.reason.contains(message)
        }
    }

    @Test("a file's errors name the file")
    func fileErrorsNameTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID()).json").path
        try Data(Self.replacing("groups", #"["P-999"]"#).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try TLSPolicy.load(contentsOf: path)
        } throws: { error in
            "\(error)".hasPrefix("\(path): field 'groups'")
        }
        #expect(throws: PolicyError(.unreadableFile, "")) {
            _ = try TLSPolicy.load(contentsOf: path + ".missing")
        }
    }

    @Test("a policy file's name defaults to the file name")
    func nameDefaultsToFileName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("payments-mesh.json").path
        try Data(Self.removing("name").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try TLSPolicy.load(contentsOf: path).name == "payments-mesh")
    }

    @Test("an unknown preset is refused")
    func unknownPreset() {
        #expect(throws: PolicyError(.unknownPreset, "")) { _ = try TLSPolicy.preset(named: "nhi-lax") }
    }

    /// The nhi-strict JSON with some fields replaced by raw JSON values.
    static func replacing(_ replacements: String...) -> String {
        var object = try! JSONSerialization.jsonObject(with: TLSPolicy.nhiStrict.jsonData()) as! [String: Any]
        for pair in stride(from: 0, to: replacements.count, by: 2) {
            object[replacements[pair]] = try! JSONSerialization.jsonObject(
                with: Data(replacements[pair + 1].utf8), options: .fragmentsAllowed
            )
        }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The nhi-strict JSON without a field.
    static func removing(_ field: String) -> String {
        var object = try! JSONSerialization.jsonObject(with: TLSPolicy.nhiStrict.jsonData()) as! [String: Any]
        object[field] = nil
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
