import Foundation
import PKI
import Policy
import Testing

/// Each variant is checked with OpenSSL's own `openssl verify`: it must fail for exactly its fault, and pass
/// once the check for that fault (and only that check) is relaxed.
@Suite("Scenario PKI", .enabled(if: OpenSSLCommand.path != nil, "needs the openssl command (Debian package openssl)"))
struct ScenarioPKITests {
    static let referenceTime = Date(timeIntervalSince1970: 1_800_000_000)
    static let pki = try! ScenarioPKI.generate(referenceTime: referenceTime)
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pki-tests-\(UUID())")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in pki.files {
            try! Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.name))
        }
        let crls = pki.files.filter { $0.name.hasSuffix(".crl.pem") && !$0.name.hasPrefix("rogue") }
        try! Data(crls.map(\.contents).joined().utf8).write(to: folder.appendingPathComponent("all-crls.pem"))
        return folder
    }()

    /// How `openssl verify` must judge a variant: the error it reports, and the relaxation that makes it pass.
    struct Case: Sendable, CustomTestStringConvertible {
        var variant: CertificateVariant
        var error: String?
        var relax: [String: String?] = [:]
        var testDescription: String { variant.identifier }
    }

    static let cases: [Case] = [
        Case(variant: .valid, error: nil),
        Case(variant: .rsa2048, error: nil),
        Case(variant: .expired, error: "certificate has expired", relax: ["-no_check_time": nil, "-attime": "off"]),
        Case(
            variant: .notYetValid, error: "certificate is not yet valid",
            relax: ["-no_check_time": nil, "-attime": "off"]),
        Case(variant: .revoked, error: "certificate revoked", relax: ["-crl_check_all": "off"]),
        Case(variant: .revokedIntermediate, error: "certificate revoked", relax: ["-crl_check_all": "off"]),
        Case(variant: .staleCRL, error: "CRL has expired", relax: ["-crl_check_all": "off"]),
        Case(variant: .noCRL, error: "unable to get certificate CRL", relax: ["-crl_check_all": "off"]),
        Case(
            variant: .rogueCA, error: "self-signed certificate in certificate chain",
            relax: ["-crl_check_all": "off", "-CAfile": "rogue-root.pem"]),
        Case(
            variant: .selfSigned, error: "self-signed certificate",
            relax: ["-crl_check_all": "off", "-CAfile": "LEAF"]),
        Case(variant: .wrongPurpose, error: "unsuitable certificate purpose", relax: ["-purpose": "off"]),
        Case(
            variant: .missingIntermediate, error: "unable to get local issuer certificate",
            relax: ["-untrusted": "intermediate.pem"]),
        Case(variant: .rsa1024, error: "EE certificate key too weak", relax: ["-auth_level": "1"]),
        // OpenSSL 3 rates SHA-1 signatures below level 1's 80 bits, so only level 0 accepts them.
        Case(variant: .sha1Signature, error: "CA signature digest algorithm too weak", relax: ["-auth_level": "0"]),
        // Policy faults: OpenSSL accepts these chains; the project's own rules refuse them.
        Case(variant: .tooLongLived, error: nil),
        Case(variant: .identityNotAllowed, error: nil),
        Case(variant: .nameMismatch, error: nil),
        Case(variant: .wildcardName, error: nil),
        Case(variant: .leafIsCA, error: nil),
    ]

    static func verify(_ role: EndpointRole, _ variant: CertificateVariant, relax: [String: String?] = [:]) throws
        -> (status: Int32, output: String)
    {
        let stem = "\(role.rawValue)-\(variant.identifier)"
        let credential = pki.credential(for: role, variant)
        let leafFile = folder.appendingPathComponent("\(stem)-leaf.pem")
        let untrustedFile = folder.appendingPathComponent("\(stem)-untrusted.pem")
        try Data(pemOf(credential.chain[0]).utf8).write(to: leafFile)
        try Data(credential.chain.dropFirst().map(pemOf).joined().utf8).write(to: untrustedFile)
        var options: [(String, String?)] = [
            ("-attime", String(Int(referenceTime.timeIntervalSince1970))),
            ("-CAfile", folder.appendingPathComponent("root.pem").path),
            ("-crl_check_all", nil),
            ("-CRLfile", folder.appendingPathComponent("all-crls.pem").path),
            ("-purpose", role == .client ? "sslclient" : "sslserver"),
            ("-auth_level", "2"),
        ]
        if credential.chain.count > 1 { options.append(("-untrusted", untrustedFile.path)) }
        options.append(("-x509_strict", nil))
        for (option, value) in relax {
            options.removeAll { $0.0 == option }
            switch value {
            case "off": if option == "-crl_check_all" { options.removeAll { $0.0 == "-CRLfile" } }
            case "LEAF": options.append((option, leafFile.path))
            case let file?:
                options.append((option, file.hasSuffix(".pem") ? folder.appendingPathComponent(file).path : file))
            case nil: options.append((option, nil))
            }
        }
        let arguments = ["verify"] + options.flatMap { [$0.0] + ($0.1.map { [$0] } ?? []) } + [leafFile.path]
        return try OpenSSLCommand.run(arguments)
    }

    static func pemOf(_ der: [UInt8]) -> String {
        let body = Data(der).base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN CERTIFICATE-----\n\(body)\n-----END CERTIFICATE-----\n"
    }

    @Test("openssl verify fails each variant for exactly its fault", arguments: EndpointRole.allCases, cases)
    func variantFailsForItsFault(role: EndpointRole, testCase: Case) throws {
        let result = try Self.verify(role, testCase.variant)
        if let error = testCase.error {
            #expect(result.status != 0, "\(role) \(testCase.variant) verified: \(result.output)")
            #expect(result.output.contains(error), "\(role) \(testCase.variant): \(result.output)")
            let relaxed = try Self.verify(role, testCase.variant, relax: testCase.relax)
            #expect(relaxed.status == 0, "\(role) \(testCase.variant) still fails when relaxed: \(relaxed.output)")
        } else {
            #expect(result.status == 0, "\(role) \(testCase.variant): \(result.output)")
        }
    }

    @Test("policy-only faults carry exactly their property", arguments: EndpointRole.allCases)
    func policyFaultsCarryTheirProperty(role: EndpointRole) throws {
        func text(_ variant: CertificateVariant) throws -> String {
            let file = Self.folder.appendingPathComponent("\(role.rawValue)-\(variant.identifier)-only.pem")
            try Data(Self.pemOf(Self.pki.credential(for: role, variant).leaf).utf8).write(to: file)
            return try OpenSSLCommand.run(["x509", "-in", file.path, "-noout", "-text"]).output
        }
        let valid = try text(.valid)
        #expect(valid.contains("CA:FALSE"))
        #expect(try text(.leafIsCA).contains("CA:TRUE"))
        #expect(try text(.wildcardName).contains("DNS:*.mtls-harness.test"))
        #expect(try text(.tooLongLived).contains("Not After : Feb 17 07:00:00 2028 GMT"))
        #expect(valid.contains("Not After : Jan 16 08:00:00 2027 GMT"))
        if role == .server {
            #expect(valid.contains("DNS:server.mtls-harness.test"))
            #expect(try text(.nameMismatch).contains("DNS:other.mtls-harness.test"))
            #expect(try text(.identityNotAllowed).contains("DNS:intruder.mtls-harness.test"))
        } else {
            #expect(valid.contains("URI:spiffe://mtls-harness.test/workload/client"))
            #expect(try text(.identityNotAllowed).contains("URI:spiffe://mtls-harness.test/workload/intruder"))
        }
    }

    @Test("the rogue root copies the trusted root's name with another key")
    func rogueRootCopiesTheName() throws {
        let trusted = try #require(Self.pki.authorities.first { $0.name == "root" })
        let rogue = try #require(Self.pki.authorities.first { $0.name == "rogue-root" })
        func field(_ name: String, _ option: String) throws -> String {
            try OpenSSLCommand.run(["x509", "-in", Self.folder.appendingPathComponent(name).path, "-noout", option])
                .output
        }
        #expect(try field("root.pem", "-subject") == field("rogue-root.pem", "-subject"))
        #expect(try field("root.pem", "-pubkey") != field("rogue-root.pem", "-pubkey"))
        #expect(trusted.certificate != rogue.certificate)
    }

    @Test("validity is relative to the reference time, never the wall clock")
    func validityFollowsReferenceTime() throws {
        let later = try ScenarioPKI.generate(referenceTime: Self.referenceTime + 86_400 * 365)
        #expect(later.referenceTime == Self.referenceTime + 86_400 * 365)
        #expect(later.credential(for: .client, .valid).leaf != Self.pki.credential(for: .client, .valid).leaf)
    }
}
