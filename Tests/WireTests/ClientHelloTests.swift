import Testing

@testable import Wire

@Suite struct ClientHelloTests {
    @Test func rfc8448ClientHelloDecodes() throws {
        let hello = try ClientHello(message: RFC8448.clientHelloMessage)
        #expect(hello.legacyVersion == .tls12)
        #expect(hello.random == RFC8448.clientRandom)
        #expect(hello.sessionID.isEmpty)
        #expect(hello.cipherSuites == [.tlsAES128GCMSHA256, .tlsChaCha20Poly1305SHA256, .tlsAES256GCMSHA384])
        #expect(hello.compressionMethods == [0])
        #expect(hello.supportedVersions == [.tls13])
        #expect(hello.supportedGroups?.first == .x25519)
        #expect(hello.supportedGroups?.count == 9)
        #expect(hello.keyShareGroups == [.x25519])
        #expect(hello.signatureAlgorithms?.first == .ecdsaSecp256r1SHA256)
        #expect(hello.serverName == "server")
    }

    @Test func everyProperPrefixOfAValidClientHelloFailsAsTruncated() {
        let message = RFC8448.clientHelloMessage
        for length in 0..<message.count {
            #expect(throws: WireError(.truncated, ""), "prefix of \(length) bytes") {
                try ClientHello(message: Array(message[..<length]))
            }
        }
    }

    @Test func everyProperPrefixOfTheClientHelloRecordIsIncomplete() {
        let record = RFC8448.clientHelloRecord
        for length in 0..<record.count {
            #expect(throws: WireError(.truncated, ""), "prefix of \(length) bytes") {
                try ClientHello.first(in: Array(record[..<length]))
            }
        }
    }

    @Test func trailingByteAfterTheMessageIsMalformed() {
        #expect(throws: WireError(.malformed, "")) { try ClientHello(message: RFC8448.clientHelloMessage + [0]) }
    }

    @Test func unknownExtensionIsKeptAsSent() throws {
        let hello = try ClientHello(body: Self.body(extensions: [(0x7777, [1, 2, 3]), (10, [0, 2, 0, 29])]))
        #expect(hello.extensions[ExtensionType(rawValue: 0x7777)]?.data == [1, 2, 3])
        #expect(hello.extensions.first?.type.description == "0x7777")
        #expect(hello.supportedGroups == [.x25519])
    }

    @Test func repeatedExtensionIsMalformed() {
        #expect(throws: WireError(.malformed, "")) {
            try ClientHello(body: Self.body(extensions: [(0x7777, []), (0x7777, [])]))
        }
    }

    @Test func helloWithoutExtensionsIsTLS12Style() throws {
        let hello = try ClientHello(body: Self.body(extensions: nil))
        #expect(hello.extensions.isEmpty)
        #expect(hello.offeredVersions == [.tls12])
    }

    @Test func oddCipherSuiteListIsMalformed() {
        var body = Self.body(extensions: nil)
        body[35] = 0
        body[36] = 3
        #expect(throws: (any Error).self) { try ClientHello(body: body) }
    }

    @Test func badExtensionDataIsMalformed() {
        #expect(throws: WireError(.malformed, "")) {
            try ClientHello(body: Self.body(extensions: [(43, [3, 3, 4, 3])]))
        }
    }

    /// A minimal ClientHello body: TLS 1.2, zero random, no session id, one suite, null compression.
    static func body(extensions: [(UInt16, [UInt8])]?) -> [UInt8] {
        var writer = ByteWriter()
        writer.uint16(0x0303)
        writer.raw([UInt8](repeating: 0, count: 32))
        writer.uint8(0)
        writer.uint16(2)
        writer.uint16(0x1301)
        writer.raw([1, 0])
        if let extensions {
            try! writer.vector(lengthBytes: 2) { block in
                for (type, data) in extensions {
                    block.uint16(type)
                    try block.vector(lengthBytes: 2) { $0.raw(data) }
                }
            }
        }
        return writer.bytes
    }
}
