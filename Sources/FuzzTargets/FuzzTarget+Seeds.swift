internal import DER
import Foundation
internal import PKI
internal import Policy
internal import X509

extension FuzzTarget {
    /// The generated seeds of the target's corpus: made from the fixture PKI (every certificate, CRL and pin),
    /// the policy presets, hand-built DER values, and connections recorded by the scenario catalog.
    ///
    /// Seeds are few (tens per target) and small; libFuzzer grows the corpus from them. The PKI's keys are new
    /// on every run, so regenerating changes the certificate seeds' bytes but not their names.
    ///
    /// - Parameter recordings: Recorded connections; the `records` target seeds from each side's stream and the
    ///   `handshake` target from the client's writes, sent as scripted flights.
    /// - Returns: The seeds, with distinct names.
    public func generatedSeeds(recordings: [FuzzRecording] = []) -> [FuzzSeed] {
        switch name {
        case "der": return Self.derSeeds()
        case "x509": return Self.certificateSeeds()
        case "pem": return Self.pemSeeds()
        case "pins": return Self.pinSeeds()
        case "policy": return Self.policySeeds()
        case "records": return Self.recordSeeds(recordings)
        case "handshake": return Self.handshakeSeeds(recordings)
        default: return []
        }
    }

    /// Each distinct certificate of the fixture PKI, named by its first use.
    private static func namedCertificates() -> [(name: String, der: [UInt8])] {
        let pki = FuzzFixtures.pki
        var seen = Set<[UInt8]>()
        var result: [(String, [UInt8])] = []
        for authority in pki.authorities where seen.insert(authority.certificate).inserted {
            result.append(("ca-\(authority.name)", authority.certificate))
        }
        for credential in pki.allCredentials {
            for (index, der) in credential.chain.enumerated() where seen.insert(der).inserted {
                result.append(("\(credential.role.rawValue)-\(credential.variant.identifier)-\(index)", der))
            }
        }
        return result
    }

    private static func certificateSeeds() -> [FuzzSeed] {
        namedCertificates().map { FuzzSeed(name: "\($0.name).der", bytes: $0.der) }
    }

    private static func derSeeds() -> [FuzzSeed] {
        let pki = FuzzFixtures.pki
        var seeds = namedCertificates().filter { $0.name.hasPrefix("ca-") || $0.name.hasSuffix("-valid-0") }.map {
            FuzzSeed(name: "\($0.name).der", bytes: $0.der)
        }
        seeds += pki.crls.enumerated().map { FuzzSeed(name: "crl-\($0.offset).der", bytes: $0.element) }
        var writer = DERWriter()
        writer.appendConstructed(.sequence) { body in
            body.appendBoolean(true)
            body.appendInteger(-129)
            body.appendUnsignedInteger(magnitude: [0x80, 0, 0, 0, 0, 0, 0, 0, 1])
            body.appendBitString([0xA0], unusedBits: 5)
            body.appendNull()
            body.appendObjectIdentifier(.commonName)
            body.appendOctetString([0, 1, 2])
            body.appendUTF8String("ünïcode")
            body.appendString("Printable 123", tag: .printableString)
            body.appendString("ia5@example", tag: .ia5String)
            body.appendConstructed(.set) { set in
                set.appendInteger(1)
                set.appendInteger(2)
            }
            body.appendConstructed(.contextSpecific(0)) { tagged in tagged.appendInteger(2) }
            body.appendPrimitive(DERTag(number: 1_000, tagClass: .application), content: [7])
        }
        seeds.append(FuzzSeed(name: "primitives.der", bytes: writer.bytes))
        for (name, time) in [("utc", "491231235959Z"), ("generalized", "20500101000000Z")] {
            var timeWriter = DERWriter()
            let tag: DERTag = name == "utc" ? .utcTime : .generalizedTime
            timeWriter.appendPrimitive(tag, content: Array(time.utf8))
            seeds.append(FuzzSeed(name: "\(name)-time.der", bytes: timeWriter.bytes))
        }
        return seeds
    }

    private static func pemSeeds() -> [FuzzSeed] {
        let pki = FuzzFixtures.pki
        var seeds = pki.authorities.map { authority in
            FuzzSeed(name: "ca-\(authority.name).pem", text: pem("CERTIFICATE", authority.certificate))
        }
        let client = pki.credential(for: .client, .valid)
        let server = pki.credential(for: .server, .valid)
        seeds.append(FuzzSeed(name: "client-chain.pem", text: client.chain.map { pem("CERTIFICATE", $0) }.joined()))
        seeds.append(FuzzSeed(name: "server-leaf.pem", text: pem("CERTIFICATE", server.leaf)))
        if let crl = pki.crls.first {
            seeds.append(FuzzSeed(name: "crl.pem", text: pem("X509 CRL", crl)))
        }
        let leafLines = pem("CERTIFICATE", client.leaf).replacingOccurrences(of: "\n", with: " \r\n")
        let framed = "Subject: a leaf with text around it\r\n\n" + leafLines + "\ntrailing notes\n"
        seeds.append(FuzzSeed(name: "framed.pem", text: framed))
        seeds.append(FuzzSeed(name: "short-lines.pem", text: "-----BEGIN DATA-----\nAAEC\nAw==\n-----END DATA-----\n"))
        return seeds
    }

    private static func pem(_ label: String, _ der: [UInt8]) -> String {
        PEMDocument(label: label, derBytes: der).pemEncoded
    }

    private static func pinSeeds() -> [FuzzSeed] {
        let pki = FuzzFixtures.pki
        var seeds: [FuzzSeed] = []
        let keys = [
            ("root", pki.trustAnchor), ("client", pki.credential(for: .client, .valid).leaf),
            ("server", pki.credential(for: .server, .valid).leaf),
        ]
        var pins: [SPKIPin] = []
        for (name, der) in keys {
            guard let certificate = try? Certificate(derEncoded: der), let pin = try? SPKIPin(certificate: certificate)
            else {
                continue
            }
            pins.append(pin)
            let formats: [(String, SPKIPin.Format)] = [
                ("base64", .sha256Base64), ("rfc7469", .rfc7469), ("hex", .hex), ("colon-hex", .colonHex),
            ]
            for (label, format) in formats {
                seeds.append(FuzzSeed(name: "\(name)-\(label).txt", text: pin.formatted(format)))
            }
        }
        if let pin = pins.first {
            seeds.append(FuzzSeed(name: "upper-hex.txt", text: pin.formatted(.colonHex).uppercased()))
            let base64 = pin.formatted(.sha256Base64).dropFirst("sha256/".count)
            seeds.append(FuzzSeed(name: "spaced.txt", text: "  PIN-SHA256=\"\(base64)\"\n"))
        }
        seeds.append(FuzzSeed(name: "list.txt", text: pins.map { $0.formatted() }.joined(separator: "\n")))
        seeds.append(FuzzSeed(name: "unknown-algorithm.txt", text: "sha1/AAAAAAAAAAAAAAAAAAAAAAAAAAA="))
        return seeds
    }

    private static func policySeeds() -> [FuzzSeed] {
        TLSPolicy.presetNames.compactMap { name in
            guard let policy = try? TLSPolicy.preset(named: name) else {
                return nil
            }
            return FuzzSeed(name: "\(name).json", bytes: Array(policy.jsonData()))
        }
    }

    private static func recordSeeds(_ recordings: [FuzzRecording]) -> [FuzzSeed] {
        recordings.flatMap { recording in
            [
                FuzzSeed(name: "\(recording.name).client", bytes: recording.clientWrites.flatMap { $0 }),
                FuzzSeed(name: "\(recording.name).server", bytes: recording.serverWrites.flatMap { $0 }),
            ].filter { !$0.bytes.isEmpty }
        }
    }

    private static func handshakeSeeds(_ recordings: [FuzzRecording]) -> [FuzzSeed] {
        var seeds = CertificateVariant.all.enumerated().map { index, variant in
            FuzzSeed(name: "client-\(variant.identifier)", bytes: [UInt8(index)])
        }
        seeds.append(FuzzSeed(name: "client-valid-tls12", bytes: [0x20]))
        seeds.append(FuzzSeed(name: "client-valid-tls13", bytes: [0x40]))
        seeds.append(FuzzSeed(name: "client-valid-bit-flips", bytes: [0x00, 0x00, 0x0B, 0x01, 0x00, 0x40, 0x80]))
        seeds += recordings.map { recording in
            FuzzSeed(name: "scripted-\(recording.name)", bytes: [0x80] + ScriptedClient.encode(recording.clientWrites))
        }
        return seeds
    }
}
