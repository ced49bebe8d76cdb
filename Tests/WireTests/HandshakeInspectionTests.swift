import Testing
import Wire

@Suite struct HandshakeInspectionTests {
    /// The RFC 8448 simple 1-RTT connection as a transcript, with the trace's secrets as its key log.
    static func rfc8448Transcript(keyLog: Bool = true) -> Transcript {
        let random = RFC8448.clientRandom.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        func line(_ label: String, _ secret: [UInt8]) -> String {
            "\(label) \(random) \(secret.map { String($0, radix: 16).leftPadded(to: 2) }.joined())"
        }
        let writes: [(Direction, [UInt8])] = [
            (.clientToServer, RFC8448.clientHelloRecord),
            (.serverToClient, RFC8448.serverHelloRecord + RFC8448.serverFlightRecord),
            (.clientToServer, RFC8448.clientFinishedRecord),
            (.serverToClient, RFC8448.newSessionTicketRecord),
            (.clientToServer, RFC8448.clientApplicationDataRecord),
            (.serverToClient, RFC8448.serverApplicationDataRecord),
            (.clientToServer, RFC8448.clientAlertRecord),
            (.serverToClient, RFC8448.serverAlertRecord),
        ]
        return Transcript(
            openedAt: 0,
            writes: writes.enumerated().map { .init(direction: $1.0, timestamp: UInt64($0), bytes: $1.1) },
            keyLog: keyLog
                ? [
                    "# RFC 8448 section 3",
                    line("CLIENT_HANDSHAKE_TRAFFIC_SECRET", RFC8448.clientHandshakeTrafficSecret),
                    line("SERVER_HANDSHAKE_TRAFFIC_SECRET", RFC8448.serverHandshakeTrafficSecret),
                    line("CLIENT_TRAFFIC_SECRET_0", RFC8448.clientApplicationTrafficSecret),
                    line("SERVER_TRAFFIC_SECRET_0", RFC8448.serverApplicationTrafficSecret),
                ] : [])
    }

    static func titles(_ inspection: HandshakeInspection) -> [String] {
        inspection.events.map { event in
            let side = event.direction == .clientToServer ? "C" : "S"
            switch event.content {
            case .handshake(let message): return "\(side) \(message.title)"
            case .alert(let alert): return "\(side) \(alert.summary)"
            case .applicationData(let count): return "\(side) data \(count)"
            case .encrypted: return "\(side) encrypted"
            case .changeCipherSpec: return "\(side) ccs"
            default: return "\(side) other"
            }
        }
    }

    @Test func rfc8448ConnectionDecryptsEndToEnd() throws {
        let inspection = try HandshakeInspection(transcript: Self.rfc8448Transcript())
        #expect(inspection.version == .tls13)
        #expect(inspection.cipherSuite == .tlsAES128GCMSHA256)
        #expect(
            Self.titles(inspection) == [
                "C ClientHello", "S ServerHello", "S EncryptedExtensions", "S Certificate", "S CertificateVerify",
                "S Finished", "C Finished", "S NewSessionTicket", "C data 50", "S data 50",
                "C warning close_notify", "S warning close_notify",
            ])
        #expect(inspection.events.dropFirst(2).allSatisfy { $0.decrypted })
        let chain = try #require(inspection.certificateChains.first)
        #expect(chain.direction == .serverToClient)
        #expect(chain.certificates.first?.count == 432)
        guard case .certificateVerify(let verify) = inspection.events[4].handshakeMessage else {
            Issue.record("no CertificateVerify")
            return
        }
        #expect(verify.algorithm == .rsaPSSRSAESHA256)
    }

    @Test func missingSecretsLeaveRecordsEncryptedWithoutFailing() throws {
        let inspection = try HandshakeInspection(transcript: Self.rfc8448Transcript(keyLog: false))
        #expect(Self.titles(inspection).prefix(3) == ["C ClientHello", "S ServerHello", "S encrypted"])
        guard case .encrypted(let count, let reason) = inspection.events[2].content else {
            Issue.record("the server flight is not shown as encrypted")
            return
        }
        #expect(count == 674)
        #expect(reason.contains("SERVER_HANDSHAKE_TRAFFIC_SECRET"))
        #expect(!inspection.events.contains { $0.decrypted })
    }

    @Test func textRendererWritesOneLinePerEventWithShortLines() throws {
        let inspection = try HandshakeInspection(transcript: Self.rfc8448Transcript())
        let text = InspectionTextRenderer().render(inspection)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "TLS 1.3, TLS_AES_128_GCM_SHA256, 12 events")
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.contains { $0.hasPrefix(" 3  server  decrypted  EncryptedExtensions") })
        #expect(lines.contains { $0.contains("server name") && $0.hasSuffix("server") })
        let summarized = InspectionTextRenderer { _ in
            CertificateSummary(subject: "CN=rsa", issuer: "CN=rsa", notBefore: "2016-07-30", notAfter: "2026-07-30")
        }.render(inspection)
        #expect(summarized.contains("subject"))
        #expect(summarized.contains("CN=rsa"))
    }

    @Test func jsonRendererUsesStableKeysAndDecodes() throws {
        let inspection = try HandshakeInspection(transcript: Self.rfc8448Transcript())
        let json = try InspectionJSONRenderer().render(inspection)
        let again = try InspectionJSONRenderer().render(inspection)
        #expect(json == again)
        #expect(json.contains("\"cipherSuite\" : \"TLS_AES_128_GCM_SHA256\""))
        let document = InspectionJSONRenderer().document(inspection)
        #expect(document.events.count == 12)
        #expect(document.events[3].certificates?.first?.sha256.count == 64)
        #expect(document.events[0].details?["keyShares"] == ["x25519"])
        #expect(document.events[10].alertDescription == "close_notify")
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
