import Foundation
import FuzzTargets
import Testing
import X509

/// Differential tests: certificates made by the `openssl` command line, read by this package and by OpenSSL's
/// C API (`d2i_X509` and friends, through ``FuzzTargets/crossCheckX509(_:)``), must agree field by field.
@Suite(.enabled(if: OpenSSLCommandLine.isAvailable, "the openssl command line is not installed; skipping"))
struct X509CrossCheckTests {
    /// One certificate shape for `openssl req -x509`.
    struct Shape: CustomTestStringConvertible, Sendable {
        var name: String
        var key: String
        var keyOptions: [String] = []
        var subject = "/C=GB/O=Example Ltd/CN=api.example"
        var days = 30
        var serial: String?
        var extensions: [String] = []
        /// What this package must read, to show the shape did what it says.
        var expectedSAN: [String]?
        var expectedKeyBits: Int?

        var testDescription: String {
            name
        }
    }

    static let shapes: [Shape] = [
        Shape(name: "RSA 2048", key: "rsa:2048", expectedKeyBits: 2048),
        Shape(
            name: "RSA 3072 with DNS and IP SANs", key: "rsa:3072",
            extensions: ["subjectAltName=DNS:api.example,DNS:*.api.example,IP:192.0.2.10,IP:2001:db8::10"],
            expectedSAN: ["DNS:api.example", "DNS:*.api.example", "IP:192.0.2.10", "IP:2001:db8::10"],
            expectedKeyBits: 3072
        ),
        Shape(
            name: "P-256 client with URI and email SANs", key: "ec", keyOptions: ["ec_paramgen_curve:P-256"],
            extensions: [
                "subjectAltName=URI:spiffe://example.org/ns/prod/sa/billing,email:billing@example.org",
                "extendedKeyUsage=clientAuth", "keyUsage=critical,digitalSignature",
            ],
            expectedSAN: ["URI:spiffe://example.org/ns/prod/sa/billing", "email:billing@example.org"],
            expectedKeyBits: 256
        ),
        Shape(
            name: "P-384 server and client", key: "ec", keyOptions: ["ec_paramgen_curve:P-384"],
            extensions: [
                "extendedKeyUsage=serverAuth,clientAuth,codeSigning,emailProtection,timeStamping,OCSPSigning",
                "keyUsage=critical,digitalSignature,keyAgreement",
            ],
            expectedKeyBits: 384
        ),
        Shape(name: "P-521", key: "ec", keyOptions: ["ec_paramgen_curve:P-521"], expectedKeyBits: 521),
        Shape(
            name: "Ed25519", key: "ed25519", extensions: ["subjectAltName=DNS:edge.example"],
            expectedSAN: ["DNS:edge.example"]),
        Shape(name: "20-byte serial", key: "ed25519", serial: "0x7f0102030405060708090a0b0c0d0e0f10111213"),
        Shape(
            name: "notAfter past 2049 (GeneralizedTime)", key: "ec", keyOptions: ["ec_paramgen_curve:P-256"],
            days: 12_000),
        Shape(
            name: "empty subject with critical SAN", key: "ec", keyOptions: ["ec_paramgen_curve:P-256"], subject: "/",
            extensions: ["subjectAltName=critical,DNS:only-san.example,IP:::1"],
            expectedSAN: ["DNS:only-san.example", "IP:::1"]
        ),
        Shape(
            name: "CA with pathlen and key usage", key: "rsa:2048",
            subject: "/DC=org/DC=example/OU=Platform/CN=Issuing CA",
            extensions: ["basicConstraints=critical,CA:TRUE,pathlen:1", "keyUsage=critical,keyCertSign,cRLSign"]
        ),
        Shape(
            name: "every key usage bit", key: "ed25519",
            extensions: [
                "keyUsage=critical,digitalSignature,nonRepudiation,keyEncipherment,dataEncipherment,keyAgreement,"
                    + "keyCertSign,cRLSign,encipherOnly,decipherOnly",
                "basicConstraints=critical,CA:FALSE",
            ]
        ),
        Shape(
            name: "multi-valued RDN, UTF-8 and access extensions", key: "ed25519",
            subject: "/O=Exämple/CN=a+UID=b",
            extensions: [
                "authorityInfoAccess=OCSP;URI:http://ocsp.example,caIssuers;URI:http://ca.example/ca.crt",
                "crlDistributionPoints=URI:http://crl.example/ca.crl",
                "nameConstraints=critical,permitted;DNS:.example,excluded;IP:10.0.0.0/255.0.0.0",
            ]
        ),
    ]

    @Test(arguments: shapes)
    func agreesWithOpenSSL(_ shape: Shape) throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(
            key: shape.key,
            keyOptions: shape.keyOptions,
            subject: shape.subject,
            days: shape.days,
            serial: shape.serial,
            extensions: shape.extensions
        )
        let result = crossCheckX509(der)
        #expect(result == .agreement, "\(result)")

        let certificate = try Certificate(derEncoded: der)
        if let expectedSAN = shape.expectedSAN {
            #expect(try certificate.extensions.subjectAlternativeNames?.map(\.description) == expectedSAN)
        }
        if let bits = shape.expectedKeyBits {
            #expect(certificate.subjectPublicKeyInfo.keySizeInBits == bits)
        }
        if let serial = shape.serial {
            #expect(certificate.serialNumber.count == (serial.count - 2) / 2)
        }
        if shape.days > 10_000 {
            #expect(certificate.notAfter > Date(timeIntervalSince1970: 2_524_608_000))
        }
        if shape.subject == "/" {
            #expect(certificate.subject.isEmpty)
            #expect(certificate.extensions[.subjectAltName]?.isCritical == true)
        }
    }

    @Test func readsTheTypedExtensionsOpenSSLWrote() throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(
            key: "ed25519",
            subject: "/CN=typed",
            extensions: [
                "basicConstraints=critical,CA:TRUE,pathlen:3", "keyUsage=critical,keyCertSign,cRLSign",
                "extendedKeyUsage=serverAuth,OCSPSigning",
                "authorityInfoAccess=OCSP;URI:http://ocsp.example",
                "crlDistributionPoints=URI:http://crl.example/ca.crl",
                "nameConstraints=critical,permitted;DNS:.example,excluded;IP:10.0.0.0/255.0.0.0",
            ]
        )
        let extensions = try Certificate(derEncoded: der).extensions
        #expect(try extensions.basicConstraints == BasicConstraints(isCA: true, pathLengthConstraint: 3))
        #expect(try extensions.keyUsage == [.keyCertSign, .cRLSign])
        #expect(try extensions.extendedKeyUsage == [.serverAuth, .ocspSigning])
        #expect(try extensions.authorityInformationAccess?.first?.uri == "http://ocsp.example")
        #expect(try extensions.crlDistributionPoints?.first?.uris == ["http://crl.example/ca.crl"])
        #expect(try extensions.nameConstraints?.permittedSubtrees == [.dnsName(".example")])
        #expect(try extensions.subjectKeyIdentifier?.count == 20)
        #expect(try extensions.authorityKeyIdentifier?.keyIdentifier == extensions.subjectKeyIdentifier)
        #expect(extensions.unhandledCritical.isEmpty)
    }

    @Test(arguments: ["rsa:2048", "ec", "ed25519"])
    func pinEqualsTheOpenSSLCommandLinePipeline(_ key: String) throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(
            key: key, keyOptions: key == "ec" ? ["ec_paramgen_curve:P-256"] : [], subject: "/CN=pin")
        let publicKeyPEM = try openssl.run(["x509", "-inform", "DER", "-in", "cert.der", "-pubkey", "-noout"])
        let publicKeyDER = try openssl.run(["pkey", "-pubin", "-outform", "DER"], input: publicKeyPEM)
        let digest = try openssl.run(["dgst", "-sha256", "-binary"], input: publicKeyDER)
        let base64 = String(decoding: try openssl.run(["base64"], input: digest), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pin = try SPKIPin(certificate: try Certificate(derEncoded: der))
        #expect(pin.formatted() == "sha256/" + base64)
        #expect(try SPKIPin("sha256/" + base64) == pin)
    }

    @Test func readsPEMFromTheCommandLine() throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(key: "ed25519", subject: "/CN=pem")
        let pem = String(decoding: try openssl.run(["x509", "-inform", "DER", "-in", "cert.der"]), as: UTF8.self)
        #expect(try Certificate(pemEncoded: pem).derEncoded == der)
        #expect(try Certificate(derEncoded: der).pemEncoded == pem)
    }

    @Test func refusesTheSameTruncationsAsOpenSSLOrIsStricter() throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(key: "ec", keyOptions: ["ec_paramgen_curve:P-256"], subject: "/CN=prefix")
        for length in 0..<der.count {
            let result = crossCheckX509(Array(der.prefix(length)))
            #expect(!result.isSuspicious, "prefix of \(length) bytes: \(result)")
            if case .onlyOpenSSLAccepted = result {
                Issue.record("OpenSSL accepted a prefix of \(length) bytes")
            }
        }
    }

    @Test func crossCheckNeverTrapsOnMutations() throws {
        let openssl = try OpenSSLCommandLine()
        defer { openssl.remove() }
        let der = try openssl.selfSigned(
            key: "ec", keyOptions: ["ec_paramgen_curve:P-256"], subject: "/O=Example/CN=mutate",
            extensions: ["subjectAltName=DNS:a.example,IP:192.0.2.1", "keyUsage=critical,digitalSignature"]
        )
        var state: UInt64 = 7
        var outcomes: [String: Int] = [:]
        for _ in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var mutated = der
            mutated[Int(state >> 33) % mutated.count] = UInt8(truncatingIfNeeded: state >> 11)
            let result = crossCheckX509(mutated)
            if case .disagreements(let list) = result {
                #expect(!list.contains { $0.kind == .valueMismatch }, "\(list)")
            }
            if case .onlySwiftAccepted(let reason) = result {
                Issue.record("only this package accepted a mutation: \(reason)")
            }
            outcomes["\(result)".prefix(while: { $0 != "(" }).description, default: 0] += 1
        }
        #expect(outcomes["agreement", default: 0] + outcomes["bothRefused", default: 0] > 0)
    }
}
