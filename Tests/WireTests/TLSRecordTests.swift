import Testing

@testable import Wire

@Suite struct TLSRecordTests {
    private func header(type: UInt8 = 22, version: UInt16 = 0x0303, length: Int) -> [UInt8] {
        [type, UInt8(version >> 8), UInt8(version & 0xFF), UInt8(length >> 8), UInt8(length & 0xFF)]
    }

    @Test func recordLongerThanTheCiphertextLimitIsRefused() {
        let bytes =
            header(type: 23, length: TLSRecord.maximumFragmentLength + 1)
            + [UInt8](repeating: 0, count: TLSRecord.maximumFragmentLength + 1)
        #expect(throws: WireError(.oversizedRecord, "")) { try TLSRecord.records(in: bytes) }
    }

    @Test func recordAtTheCiphertextLimitIsAccepted() throws {
        let bytes =
            header(type: 23, length: TLSRecord.maximumFragmentLength)
            + [UInt8](repeating: 0, count: TLSRecord.maximumFragmentLength)
        #expect(try TLSRecord.records(in: bytes).count == 1)
    }

    @Test func oversizedLengthIsRefusedFromTheHeaderAlone() {
        var reader = RecordReader()
        reader.append(header(type: 23, length: 0xFFFF))
        #expect(throws: WireError(.oversizedRecord, "")) { try reader.next() }
    }

    @Test func emptyHandshakeRecordIsRefused() {
        #expect(throws: WireError(.malformed, "")) { try TLSRecord.records(in: header(length: 0)) }
    }

    @Test func emptyApplicationDataRecordIsAllowed() throws {
        #expect(try TLSRecord.records(in: header(type: 23, length: 0)).first?.fragment == [])
    }

    @Test func unknownContentTypeIsNotTLS() {
        #expect(throws: WireError(.notTLS, "")) { try TLSRecord.records(in: header(type: 0x47, length: 1) + [0]) }
    }

    @Test func versionOutsideSSL3ToTLS13IsNotTLS() {
        #expect(throws: WireError(.notTLS, "")) {
            try TLSRecord.records(in: header(version: 0x0305, length: 1) + [0])
        }
        #expect(throws: WireError(.notTLS, "")) {
            try TLSRecord.records(in: header(version: 0x0203, length: 1) + [0])
        }
    }

    @Test func streamEndingInsideARecordIsTruncated() {
        #expect(throws: WireError(.truncated, "")) { try TLSRecord.records(in: header(length: 10) + [1, 2, 3]) }
        #expect(throws: WireError(.truncated, "")) { try TLSRecord.records(in: [22, 3]) }
    }

    @Test func recordSplitAcrossWritesComesOutWhole() throws {
        let record = TLSRecord(contentType: .alert, legacyVersion: .tls12, fragment: [2, 40])
        var reader = RecordReader()
        for byte in record.bytes {
            #expect(try reader.next() == nil)
            reader.append([byte])
        }
        let next = try #require(try reader.next())
        #expect(next.record == record)
        #expect(next.offset == 0)
        #expect(reader.offset == 7)
    }

    @Test func fragmentingCutsAtTwoToTheFourteen() {
        let payload = [UInt8](repeating: 7, count: 40_000)
        let records = TLSRecord.fragmenting(payload, contentType: .handshake, legacyVersion: .tls12)
        #expect(records.map(\.fragment.count) == [16_384, 16_384, 7_232])
        #expect(records.flatMap(\.fragment) == payload)
    }

    @Test func alertNamesCoverRFC8446AndRFC5246() {
        for code: UInt8 in [
            0, 10, 20, 21, 22, 30, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 60, 70, 71, 80, 86,
            90, 100, 109, 110, 111, 112, 113, 114, 115, 116, 120,
        ] {
            #expect(AlertDescription(rawValue: code).name != nil, "alert \(code) has no name")
        }
        #expect(AlertDescription(rawValue: 200).description == "0xc8")
    }

    @Test func unknownCodePointsPrintAsHex() {
        #expect(CipherSuite(rawValue: 0xABCD).description == "0xabcd")
        #expect(CipherSuite(rawValue: 0x1A1A).description == "GREASE")
        #expect(NamedGroup(rawValue: 0x0999).description == "0x0999")
        #expect(SignatureScheme(rawValue: 0x0302).description == "dsa_sha224")
        #expect(ProtocolVersion(rawValue: 0x0302).description == "TLS 1.1")
        #expect(CipherSuite(rawValue: 0x0000).description == "TLS_NULL_WITH_NULL_NULL")
    }
}
