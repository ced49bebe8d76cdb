import COpenSSL
import Testing
import Wire

@Suite struct RawServerTests {
    @Test(arguments: [ProtocolVersion.tls10, .tls11])
    func clientRequiringTLS12RefusesAnOlderServerHelloWithProtocolVersion(version: ProtocolVersion) throws {
        var client = MemoryHandshake()
        client.minimumVersion = Int32(TLS1_2_VERSION)
        let identity = client.serverIdentity
        let transcript = try client.runClient { hello in
            try RawServer.answer(
                clientHello: hello, choosing: version, cipherSuite: CipherSuite(rawValue: 0xC009),
                certificates: [identity.der])
        }
        let inspection = try HandshakeInspection(transcript: transcript)
        #expect(inspection.version == version)
        #expect(inspection.alerts(from: .clientToServer).map(\.description) == [.protocolVersion])
    }

    @Test func tls12AnswerGetsPastTheVersionCheck() throws {
        var client = MemoryHandshake()
        client.minimumVersion = Int32(TLS1_2_VERSION)
        client.maximumVersion = Int32(TLS1_2_VERSION)
        let identity = client.serverIdentity
        let transcript = try client.runClient { hello in
            try RawServer.answer(
                clientHello: hello, choosing: .tls12, cipherSuite: CipherSuite(rawValue: 0xC02B),
                certificates: [identity.der])
        }
        let inspection = try HandshakeInspection(transcript: transcript)
        #expect(
            inspection.messages(from: .serverToClient).map(\.type) == [.serverHello, .certificate, .serverHelloDone])
        // The client read the certificate and then missed the ServerKeyExchange an ECDHE suite needs.
        #expect(inspection.alerts(from: .clientToServer).map(\.description) == [.unexpectedMessage])
    }

    @Test func answerEchoesTheSessionIDAndCarriesTheChosenSuite() throws {
        let answer = try RawServer.answer(
            clientHello: RFC8448.clientHelloRecord, choosing: .tls11, cipherSuite: CipherSuite(rawValue: 0x002F))
        let records = try TLSRecord.records(in: answer)
        #expect(records.count == 1)
        #expect(records[0].legacyVersion == .tls11)
        let message = try HandshakeReassembler.single(records[0].fragment)
        let hello = try ServerHello(body: message.body)
        #expect(hello.legacyVersion == .tls11)
        #expect(hello.cipherSuite.name == "TLS_RSA_WITH_AES_128_CBC_SHA")
        #expect(hello.sessionID == (try ClientHello.first(in: RFC8448.clientHelloRecord)).sessionID)
        #expect(hello.extensions.map(\.type) == [.renegotiationInfo])
        #expect(hello.random.count == 32)
        #expect(hello.downgradeSentinel == nil)
    }

    @Test func tls13IsNotARawAnswer() {
        #expect(throws: WireError(.unsupported, "")) {
            try RawServer.answer(
                clientHello: RFC8448.clientHelloRecord, choosing: .tls13, cipherSuite: .tlsAES128GCMSHA256)
        }
    }

    @Test func incompleteClientHelloAsksForMoreBytes() {
        #expect(throws: WireError(.truncated, "")) {
            try RawServer.answer(
                clientHello: Array(RFC8448.clientHelloRecord.prefix(50)), choosing: .tls12,
                cipherSuite: CipherSuite(rawValue: 0x002F))
        }
    }
}
