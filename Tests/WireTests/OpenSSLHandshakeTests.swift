import COpenSSL
import Testing
import Wire

/// Inspections of real handshakes between two OpenSSL endpoints in this process.
@Suite struct OpenSSLHandshakeTests {
    private func titles(_ inspection: HandshakeInspection, from direction: Direction) -> [String] {
        inspection.events.filter { $0.direction == direction }.compactMap { event in
            switch event.content {
            case .handshake(let message): message.title
            case .alert(let alert): "Alert \(alert.summary)"
            case .changeCipherSpec: "ChangeCipherSpec"
            case .encrypted: "Encrypted"
            default: nil
            }
        }
    }

    @Test(arguments: ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"])
    func tls13HandshakeDecryptsWithEachSuite(suite: String) throws {
        var handshake = MemoryHandshake()
        handshake.cipherSuites = suite
        let outcome = handshake.run()
        #expect(outcome.clientCompleted && outcome.serverCompleted)
        let inspection = try HandshakeInspection(transcript: outcome.transcript)
        #expect(inspection.version == .tls13)
        #expect(inspection.cipherSuite?.name == suite)
        let server = titles(inspection, from: .serverToClient)
        #expect(
            Array(server.prefix(6)) == [
                "ServerHello", "ChangeCipherSpec", "EncryptedExtensions", "Certificate", "CertificateVerify",
                "Finished",
            ])
        #expect(titles(inspection, from: .clientToServer).contains("Finished"))
        #expect(!inspection.events.contains { if case .encrypted = $0.content { true } else { false } })
        let certificate = try #require(inspection.events.first { $0.handshakeMessage?.type == .certificate })
        #expect(certificate.decrypted)
        #expect(inspection.certificateChains.first?.certificates == [handshake.serverIdentity.der])
    }

    @Test func serverRejectingTheClientCertificateShowsItsDecryptedAlert() throws {
        var handshake = MemoryHandshake()
        handshake.requireClientCertificate = true
        handshake.clientIdentity = TestIdentity(commonName: "client.test")
        let outcome = handshake.run()
        #expect(!outcome.serverCompleted)
        let inspection = try HandshakeInspection(transcript: outcome.transcript)
        let client = titles(inspection, from: .clientToServer)
        #expect(client.contains("Certificate"))
        let alert = try #require(inspection.events.last { $0.alert != nil && $0.direction == .serverToClient })
        #expect(alert.decrypted)
        #expect(alert.alert?.level == .fatal)
        #expect(alert.alert?.description == .unknownCA)
        #expect(inspection.certificateChains.last?.certificates == [handshake.clientIdentity!.der])
    }

    @Test func clientWithoutACertificateGetsCertificateRequired() throws {
        var handshake = MemoryHandshake()
        handshake.requireClientCertificate = true
        let inspection = try HandshakeInspection(transcript: handshake.run().transcript)
        #expect(inspection.alerts(from: .serverToClient).map(\.description) == [.certificateRequired])
        #expect(inspection.events.first { $0.alert != nil }?.decrypted == true)
    }

    @Test func helloRetryRequestIsFollowedThrough() throws {
        var handshake = MemoryHandshake()
        handshake.clientGroups = "X25519:P-256"
        handshake.serverGroups = "P-256"
        let outcome = handshake.run()
        #expect(outcome.clientCompleted)
        let inspection = try HandshakeInspection(transcript: outcome.transcript)
        let server = titles(inspection, from: .serverToClient)
        #expect(server.first == "HelloRetryRequest")
        #expect(server.contains("ServerHello"))
        #expect(server.contains("Certificate"))
        #expect(titles(inspection, from: .clientToServer).filter { $0 == "ClientHello" }.count == 2)
        #expect(inspection.events.contains { $0.decrypted })
    }

    @Test func tls12HandshakeShowsCertificatesInClearAndFinishedEncrypted() throws {
        var handshake = MemoryHandshake()
        handshake.minimumVersion = Int32(TLS1_2_VERSION)
        handshake.maximumVersion = Int32(TLS1_2_VERSION)
        let outcome = handshake.run()
        #expect(outcome.clientCompleted)
        let inspection = try HandshakeInspection(transcript: outcome.transcript)
        #expect(inspection.version == .tls12)
        let server = titles(inspection, from: .serverToClient)
        #expect(server.starts(with: ["ServerHello", "Certificate", "ServerKeyExchange", "ServerHelloDone"]))
        #expect(server.suffix(2) == ["ChangeCipherSpec", "Encrypted"])
        #expect(inspection.certificateChains.first?.certificates == [handshake.serverIdentity.der])
        let exchange = inspection.events.compactMap { event -> ServerKeyExchange? in
            if case .serverKeyExchange(let exchange) = event.handshakeMessage { return exchange }
            return nil
        }.first
        #expect(exchange?.namedCurve != nil)
        #expect(exchange?.signatureAlgorithm == .ecdsaSecp256r1SHA256)
    }

    @Test func keyUpdatesMoveBothSidesToTheNextGeneration() throws {
        var handshake = MemoryHandshake()
        handshake.exchangeKeyUpdates = true
        let inspection = try HandshakeInspection(transcript: handshake.run().transcript)
        let updates = inspection.events.filter { $0.handshakeMessage?.type == .keyUpdate }
        #expect(updates.map(\.direction) == [.clientToServer, .serverToClient])
        guard case .keyUpdate(let request) = updates.first?.handshakeMessage else { return }
        #expect(request.requestsUpdate)
        let data = inspection.events.filter { if case .applicationData(4) = $0.content { true } else { false } }
        #expect(data.count == 2)
        #expect(data.allSatisfy { $0.decrypted })
        #expect(!inspection.events.contains { if case .encrypted = $0.content { true } else { false } })
    }

    @Test func transcriptWithoutKeyLogStillInspects() throws {
        var handshake = MemoryHandshake()
        handshake.keepKeyLog = false
        let inspection = try HandshakeInspection(transcript: handshake.run().transcript)
        #expect(inspection.version == .tls13)
        #expect(!inspection.events.contains { $0.decrypted })
        #expect(inspection.events.contains { if case .encrypted = $0.content { true } else { false } })
    }

    @Test func rendererOutputStaysWithinItsWidth() throws {
        var handshake = MemoryHandshake()
        handshake.requireClientCertificate = true
        handshake.clientIdentity = TestIdentity(commonName: "client.test")
        let inspection = try HandshakeInspection(transcript: handshake.run().transcript)
        let text = InspectionTextRenderer(width: 100).render(inspection)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(text.contains("Alert fatal unknown_ca"))
        #expect(text.contains("server.test"))
        #expect(text.contains("2040-01-01"))
        let json = try InspectionJSONRenderer().render(inspection)
        #expect(json.contains("\"alertDescription\" : \"unknown_ca\""))
    }
}
