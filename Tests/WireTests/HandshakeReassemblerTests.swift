import Testing

@testable import Wire

@Suite struct HandshakeReassemblerTests {
    @Test func messageSpanningThreeRecordsReassembles() throws {
        let message = RFC8448.clientHelloMessage
        let records = [message[0..<3], message[3..<100], message[100...]].map {
            TLSRecord(contentType: .handshake, legacyVersion: .tls10, fragment: Array($0))
        }
        var reassembler = HandshakeReassembler()
        for record in records.dropLast() {
            reassembler.append(record.fragment)
            #expect(try reassembler.next() == nil)
            #expect(reassembler.hasPartialMessage)
        }
        reassembler.append(records.last!.fragment)
        let raw = try #require(try reassembler.next())
        #expect(raw.bytes == message)
        #expect(!reassembler.hasPartialMessage)
        #expect(try ClientHello.first(in: records.flatMap(\.bytes)).random == RFC8448.clientRandom)
    }

    @Test func recordHoldingSeveralMessagesYieldsEachInOrder() throws {
        let done = RawHandshakeMessage(type: .serverHelloDone, body: [])
        let finished = RawHandshakeMessage(type: .finished, body: [1, 2, 3])
        var reassembler = HandshakeReassembler()
        reassembler.append(done.bytes + finished.bytes + done.bytes)
        #expect(try reassembler.next() == done)
        #expect(try reassembler.next() == finished)
        #expect(try reassembler.next() == done)
        #expect(try reassembler.next() == nil)
        #expect(reassembler.offset == 15)
    }

    @Test func messageDeclaringMoreThanTheCapIsRefused() {
        var reassembler = HandshakeReassembler()
        reassembler.append([11, 0xFF, 0xFF, 0xFF])
        #expect(throws: WireError(.unsupported, "")) { try reassembler.next() }
    }

    @Test func certificateMessageRoundTripsInBothForms() throws {
        let chain = [[UInt8](repeating: 0x30, count: 300), [0x30, 0x00]]
        for context in [nil, [UInt8]()] {
            let message = CertificateMessage(requestContext: context, entries: chain.map { .init(der: $0) })
            let version: ProtocolVersion = context == nil ? .tls12 : .tls13
            let parsed = try CertificateMessage(body: try message.body(), version: version)
            #expect(parsed.certificates == chain)
            #expect(parsed.requestContext == context)
        }
    }

    @Test func emptyCertificateEntryIsMalformed() {
        #expect(throws: WireError(.malformed, "")) {
            try CertificateMessage(body: [0, 0, 3, 0, 0, 0], version: .tls12)
        }
    }

    @Test func keyUpdateAcceptsOnlyZeroOrOne() throws {
        #expect(try KeyUpdate(body: [1]).requestsUpdate)
        #expect(throws: WireError(.malformed, "")) { try KeyUpdate(body: [2]) }
        #expect(throws: WireError(.malformed, "")) { try KeyUpdate(body: [0, 0]) }
    }

    @Test func tls12CertificateRequestListsSignatureAlgorithms() throws {
        let body: [UInt8] = [1, 64, 0, 4, 4, 3, 8, 4, 0, 0]
        let request = try CertificateRequest(body: body, version: .tls12)
        #expect(request.certificateTypes == [64])
        #expect(request.signatureAlgorithms == [.ecdsaSecp256r1SHA256, .rsaPSSRSAESHA256])
        #expect(request.context == nil)
    }

    @Test func ecdheServerKeyExchangeNamesCurveAndScheme() throws {
        let body: [UInt8] = [3, 0, 23, 2, 4, 1, 4, 3, 0, 2, 0xAA, 0xBB]
        let exchange = try ServerKeyExchange(
            body: body, version: .tls12, cipherSuite: CipherSuite(rawValue: 0xC02B))
        #expect(exchange.namedCurve == .secp256r1)
        #expect(exchange.signatureAlgorithm == .ecdsaSecp256r1SHA256)
        #expect(exchange.signature == [0xAA, 0xBB])
    }
}
