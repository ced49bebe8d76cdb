import Testing

@testable import Wire

@Suite struct KeyScheduleTests {
    @Test func serverHandshakeKeyAndIVMatchRFC8448() throws {
        let keys = try TrafficKeys(secret: RFC8448.serverHandshakeTrafficSecret, cipherSuite: .tlsAES128GCMSHA256)
        #expect(keys.key == RFC8448.serverHandshakeKey)
        #expect(keys.iv == RFC8448.serverHandshakeIV)
    }

    @Test func clientHandshakeAndServerApplicationKeysMatchRFC8448() throws {
        let client = try TrafficKeys(secret: RFC8448.clientHandshakeTrafficSecret, cipherSuite: .tlsAES128GCMSHA256)
        #expect(client.key == RFC8448.clientHandshakeKey)
        #expect(client.iv == RFC8448.clientHandshakeIV)
        let server = try TrafficKeys(
            secret: RFC8448.serverApplicationTrafficSecret, cipherSuite: .tlsAES128GCMSHA256)
        #expect(server.key == RFC8448.serverApplicationKey)
        #expect(server.iv == RFC8448.serverApplicationIV)
    }

    @Test func serverFlightOfRFC8448DecryptsToFourHandshakeMessages() throws {
        let record = try #require(try TLSRecord.records(in: RFC8448.serverFlightRecord).first)
        let protection = try RecordProtection(
            secret: RFC8448.serverHandshakeTrafficSecret, cipherSuite: .tlsAES128GCMSHA256)
        let opened = try protection.open(record)
        #expect(opened.type == .handshake)
        #expect(opened.content.count == 657)
        var reassembler = HandshakeReassembler()
        reassembler.append(opened.content)
        var types: [HandshakeType] = []
        while let message = try reassembler.next() { types.append(message.type) }
        #expect(types == [.encryptedExtensions, .certificate, .certificateVerify, .finished])
    }

    @Test func recordOpenedAtTheWrongSequenceNumberFailsAuthentication() throws {
        let record = try #require(try TLSRecord.records(in: RFC8448.serverFlightRecord).first)
        let protection = try RecordProtection(
            secret: RFC8448.serverHandshakeTrafficSecret, cipherSuite: .tlsAES128GCMSHA256)
        _ = try protection.open(record)
        #expect(throws: WireError(.decryptionFailed, "")) { try protection.open(record) }
    }

    @Test func suiteWithoutDecryptionSupportIsRefused() {
        #expect(throws: WireError(.unsupported, "")) {
            try TrafficKeys(secret: RFC8448.serverHandshakeTrafficSecret, cipherSuite: CipherSuite(rawValue: 0x1304))
        }
    }
}
