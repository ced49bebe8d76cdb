import DER
import Foundation
import Testing
import X509

/// The structure rules of RFC 5280 section 4.1, on certificates built in code.
struct CertificateTests {
    private func refusal(_ bytes: [UInt8]) -> X509Error? {
        do {
            _ = try Certificate(derEncoded: bytes)
            return nil
        } catch {
            return error
        }
    }

    private func encoded(_ build: (inout DERWriter) -> Void) -> [UInt8] {
        var writer = DERWriter()
        build(&writer)
        return writer.bytes
    }

    @Test func readsEveryField() throws {
        let certificate = try Certificate(derEncoded: TestCertificate().der)
        #expect(certificate.version == .v3)
        #expect(Array(certificate.serialNumber) == [0x01, 0x23, 0x45])
        #expect(certificate.signatureAlgorithm.algorithm == .ed25519)
        #expect(certificate.issuer.description == "CN=Issuer CA,O=Example")
        #expect(certificate.subject.commonName == "api.example")
        #expect(certificate.notBefore == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(certificate.notAfter == Date(timeIntervalSince1970: 1_798_761_600))
        #expect(certificate.subjectPublicKeyInfo.keyType == .ed25519)
        #expect(certificate.subjectPublicKeyInfo.keySizeInBits == 256)
        #expect(certificate.signature.count == 64)
        #expect(certificate.extensions.count == 1)
        #expect(try certificate.extensions.basicConstraints == BasicConstraints(isCA: true))
        #expect(certificate.tbsCertificateBytes.first == 0x30)
    }

    @Test func refusesEveryProperPrefixOfAValidCertificate() {
        let bytes = TestCertificate().der
        for length in 0..<bytes.count {
            #expect(refusal(Array(bytes.prefix(length))) != nil, "prefix of \(length) bytes")
        }
    }

    @Test func refusesTrailingBytes() {
        #expect(refusal(TestCertificate().der + [0x00])?.derError?.code == .trailingBytes)
    }

    @Test func refusesDuplicateExtensions() {
        var fixture = TestCertificate()
        fixture.extensions.append((.basicConstraints, nil, [0x30, 0x00]))
        #expect(refusal(fixture.der)?.code == .duplicateExtension)
    }

    @Test func refusesExplicitCriticalFalse() {
        var fixture = TestCertificate()
        fixture.extensions = [(.keyUsage, false, [0x03, 0x02, 0x07, 0x80])]
        #expect(refusal(fixture.der)?.derError?.code == .invalidBoolean)
    }

    @Test func refusesExplicitlyEncodedVersion1() {
        var fixture = TestCertificate()
        fixture.versionField = 0
        fixture.extensions = []
        #expect(refusal(fixture.der)?.code == .unsupportedVersion)
    }

    @Test func refusesUnknownVersion() {
        var fixture = TestCertificate()
        fixture.versionField = 3
        #expect(refusal(fixture.der)?.code == .unsupportedVersion)
    }

    @Test func refusesExtensionsInVersion1() {
        var fixture = TestCertificate()
        fixture.versionField = nil
        #expect(refusal(fixture.der)?.code == .unsupportedVersion)
    }

    @Test func readsVersion1WithoutExtensions() throws {
        var fixture = TestCertificate()
        fixture.versionField = nil
        fixture.extensions = []
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(certificate.version == .v1)
        #expect(certificate.extensions.isEmpty)
    }

    @Test func refusesDifferentInnerAndOuterSignatureAlgorithms() {
        var fixture = TestCertificate()
        fixture.outerAlgorithm = .ed448
        #expect(refusal(fixture.der)?.code == .invalidCertificate)
    }

    @Test func refusesGeneralizedTimeBefore2050() {
        var fixture = TestCertificate()
        fixture.notAfter = (.generalizedTime, "20300101000000Z")
        #expect(refusal(fixture.der)?.code == .invalidCertificate)
    }

    @Test func readsGeneralizedTimeFrom2050() throws {
        var fixture = TestCertificate()
        fixture.notAfter = (.generalizedTime, "20500101000000Z")
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(certificate.notAfter == Date(timeIntervalSince1970: 2_524_608_000))
    }

    @Test func refusesNonMinimalSerialNumber() {
        var fixture = TestCertificate()
        fixture.serial = [0x00, 0x01]
        #expect(refusal(fixture.der)?.derError?.code == .invalidInteger)
    }

    @Test func refusesEd25519KeyOfTheWrongLength() {
        var fixture = TestCertificate()
        fixture.publicKey = Array(repeating: 1, count: 31)
        #expect(refusal(fixture.der)?.code == .invalidPublicKey)
    }

    @Test func refusesNameValueOutsideItsRepertoire() {
        var fixture = TestCertificate()
        fixture.subject = [(.commonName, "ok")]
        var bytes = fixture.der
        // Turn the subject's UTF8String "ok" into a PrintableString holding "o*"; '*' is not printable.
        let needle: [UInt8] = [0x0C, 0x02, 0x6F, 0x6B]
        if let start = bytes.indices.first(where: { bytes[$0...].starts(with: needle) }) {
            bytes.replaceSubrange(start..<(start + 4), with: [0x13, 0x02, 0x6F, 0x2A])
        }
        #expect(refusal(bytes)?.derError?.code == .invalidString)
    }

    @Test func keepsUnknownCriticalExtensionsForThePolicyToRefuse() throws {
        var fixture = TestCertificate()
        let unknown: OID = [1, 3, 6, 1, 4, 1, 99_999, 1]
        fixture.extensions.append((unknown, true, [0x05, 0x00]))
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(certificate.extensions[unknown]?.isUnderstood == false)
        #expect(certificate.extensions.unhandledCritical.map(\.oid) == [unknown])
    }

    @Test func decodesTypedExtensionsOnRequest() throws {
        var fixture = TestCertificate()
        fixture.extensions = [
            (.keyUsage, true, [0x03, 0x02, 0x01, 0x86]),
            (
                .extendedKeyUsage, nil,
                encoded { writer in
                    writer.appendConstructed(.sequence) { list in
                        list.appendObjectIdentifier(KeyPurpose.clientAuth.oid)
                        list.appendObjectIdentifier([1, 2, 3, 4])
                    }
                }
            ),
            (
                .subjectAltName, nil,
                encoded { writer in
                    writer.appendConstructed(.sequence) { names in
                        names.appendString("svc.example", tag: .contextSpecific(2))
                        names.appendString("spiffe://example/ns/default/sa/api", tag: .contextSpecific(6))
                        names.appendOctetString([192, 0, 2, 7], tag: .contextSpecific(7))
                        names.appendOctetString(
                            [0x20, 0x01, 0x0D, 0xB8] + Array(repeating: 0, count: 11) + [1], tag: .contextSpecific(7))
                        names.appendString("ops@example.com", tag: .contextSpecific(1))
                        names.appendConstructed(.contextSpecific(0)) { other in
                            other.appendObjectIdentifier([1, 2, 3])
                            other.appendConstructed(.contextSpecific(0)) { $0.appendUTF8String("x") }
                        }
                    }
                }
            ),
            (
                .nameConstraints, true,
                encoded { writer in
                    writer.appendConstructed(.sequence) { constraints in
                        constraints.appendConstructed(.contextSpecific(0)) { permitted in
                            permitted.appendConstructed(.sequence) {
                                $0.appendString(".example", tag: .contextSpecific(2))
                            }
                        }
                        constraints.appendConstructed(.contextSpecific(1)) { excluded in
                            excluded.appendConstructed(.sequence) {
                                $0.appendOctetString([10, 0, 0, 0, 255, 0, 0, 0], tag: .contextSpecific(7))
                            }
                        }
                    }
                }
            ),
            (
                .authorityInformationAccess, nil,
                encoded { writer in
                    writer.appendConstructed(.sequence) { list in
                        list.appendConstructed(.sequence) { entry in
                            entry.appendObjectIdentifier(.ocsp)
                            entry.appendString("http://ocsp.example", tag: .contextSpecific(6))
                        }
                    }
                }
            ),
            (
                .crlDistributionPoints, nil,
                encoded { writer in
                    writer.appendConstructed(.sequence) { list in
                        list.appendConstructed(.sequence) { point in
                            point.appendConstructed(.contextSpecific(0)) { name in
                                name.appendConstructed(.contextSpecific(0)) {
                                    $0.appendString("http://crl.example/ca.crl", tag: .contextSpecific(6))
                                }
                            }
                        }
                    }
                }
            ),
            (.subjectKeyIdentifier, nil, [0x04, 0x02, 0xAB, 0xCD]),
            (.authorityKeyIdentifier, nil, [0x30, 0x04, 0x80, 0x02, 0xAB, 0xCD]),
        ]
        let extensions = try Certificate(derEncoded: fixture.der).extensions
        #expect(try extensions.keyUsage == [.digitalSignature, .keyCertSign, .cRLSign])
        #expect(try extensions.extendedKeyUsage?.map(\.description) == ["clientAuth", "1.2.3.4"])
        let names = try #require(try extensions.subjectAlternativeNames)
        #expect(
            names.map(\.description) == [
                "DNS:svc.example", "URI:spiffe://example/ns/default/sa/api", "IP:192.0.2.7", "IP:2001:db8::1",
                "email:ops@example.com", "othername:[CONTEXT 0] constructed",
            ])
        let constraints = try #require(try extensions.nameConstraints)
        #expect(constraints.permittedSubtrees == [.dnsName(".example")])
        #expect(constraints.excludedSubtrees.map(\.description) == ["IP:10.0.0.0/255.0.0.0"])
        #expect(try extensions.authorityInformationAccess?.map(\.description) == ["OCSP - URI:http://ocsp.example"])
        #expect(try extensions.crlDistributionPoints?.flatMap(\.uris) == ["http://crl.example/ca.crl"])
        #expect(try extensions.subjectKeyIdentifier.map(Array.init) == [0xAB, 0xCD])
        #expect(try extensions.authorityKeyIdentifier?.keyIdentifier.map(Array.init) == [0xAB, 0xCD])
        let understood = extensions.allSatisfy { $0.isUnderstood }
        #expect(understood)
    }

    @Test func refusesKeyUsageWithTrailingZeroBits() throws {
        var fixture = TestCertificate()
        fixture.extensions = [(.keyUsage, true, [0x03, 0x02, 0x00, 0x80])]
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(throws: X509Error(.malformedExtension, "")) { try certificate.extensions.keyUsage }
    }

    @Test func refusesBasicConstraintsWithExplicitCAFalse() throws {
        var fixture = TestCertificate()
        fixture.extensions = [(.basicConstraints, true, [0x30, 0x03, 0x01, 0x01, 0x00])]
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(throws: X509Error(.malformedExtension, "")) { try certificate.extensions.basicConstraints }
    }

    @Test func refusesSubjectAltNameIPAddressOfOddLength() throws {
        var fixture = TestCertificate()
        fixture.extensions = [(.subjectAltName, false, [0x30, 0x05, 0x87, 0x03, 1, 2, 3])]
        fixture.extensions[0].1 = nil
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(throws: X509Error(.malformedExtension, "")) { try certificate.extensions.subjectAlternativeNames }
    }

    @Test func escapesNamesAsRFC4514Requires() throws {
        var fixture = TestCertificate()
        fixture.subject = [(.countryName, "GB"), (.organizationName, "A, B+C"), (.commonName, " #lead")]
        let certificate = try Certificate(derEncoded: fixture.der)
        #expect(certificate.subject.description == ##"CN=\ #lead,O=A\, B\+C,C=GB"##)
    }

    @Test func neverTrapsOnMutatedCertificates() {
        let bytes = TestCertificate().der
        var state: UInt64 = 42
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var mutated = bytes
            let index = Int(state >> 33) % mutated.count
            mutated[index] = UInt8(truncatingIfNeeded: state >> 13)
            if let certificate = try? Certificate(derEncoded: mutated) {
                _ = certificate.description
                _ = certificate.subject.attributes
                _ = try? certificate.extensions.basicConstraints
            }
        }
    }
}
