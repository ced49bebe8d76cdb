import DER
import Testing

/// The reading rules of DER, each exercised by a minimal encoding that breaks it.
struct DERNodeTests {
    private func refusal(_ bytes: [UInt8]) -> DERError? {
        do {
            _ = try DERNode(derEncoded: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsASequenceWithoutCopying() throws {
        let bytes: [UInt8] = [0x30, 0x06, 0x02, 0x01, 0x05, 0x01, 0x01, 0xFF]
        let node = try DERNode(derEncoded: bytes)
        #expect(node.tag == .sequence)
        #expect(node.content.startIndex == 2)
        var children = try node.children(expecting: .sequence)
        #expect(try children.read(.integer).integer(as: Int.self) == 5)
        #expect(try children.read(.boolean).boolean() == true)
        try children.finish()
    }

    @Test func refusesIndefiniteLength() {
        #expect(refusal([0x30, 0x80, 0x02, 0x01, 0x00, 0x00, 0x00])?.code == .indefiniteLength)
    }

    @Test func refusesNonMinimalLength() {
        #expect(refusal([0x04, 0x81, 0x01, 0x00])?.code == .nonMinimalLength)
        #expect(refusal([0x04, 0x82, 0x00, 0x01, 0x00])?.code == .nonMinimalLength)
    }

    @Test func refusesTrailingBytes() {
        let error = refusal([0x05, 0x00, 0x00])
        #expect(error?.code == .trailingBytes)
        #expect(error?.offset == 2)
    }

    @Test func refusesTrailingBytesInsideAConstructedElementThroughTheReader() throws {
        let node = try DERNode(derEncoded: [0x30, 0x04, 0x05, 0x00, 0x05, 0x00])
        var reader = try node.children()
        _ = try reader.read(.null)
        #expect(throws: DERError(.trailingBytes, "", offset: 0)) { try reader.finish() }
    }

    @Test func refusesLengthBeyondTheInput() {
        let error = refusal([0x04, 0x05, 0x00])
        #expect(error?.code == .truncated)
        #expect(error?.offset == 0)
    }

    @Test func refusesNonMinimalInteger() {
        #expect(refusal([0x02, 0x02, 0x00, 0x7F])?.code == .invalidInteger)
        #expect(refusal([0x02, 0x02, 0xFF, 0x80])?.code == .invalidInteger)
        #expect(refusal([0x02, 0x00])?.code == .invalidInteger)
    }

    @Test func acceptsMinimalIntegersAtTheSignBoundary() throws {
        #expect(try DERNode(derEncoded: [0x02, 0x02, 0x00, 0x80]).integer(as: Int.self) == 128)
        #expect(try DERNode(derEncoded: [0x02, 0x01, 0x80]).integer(as: Int.self) == -128)
        #expect(try DERNode(derEncoded: [0x02, 0x02, 0xFF, 0x7F]).integer(as: Int.self) == -129)
    }

    @Test func refusesIntegerOverflowWithoutTrapping() throws {
        let node = try DERNode(derEncoded: [0x02, 0x03, 0x01, 0x00, 0x00])
        #expect(throws: DERError(.integerOverflow, "", offset: 0)) { try node.integer(as: UInt16.self) }
        let negative = try DERNode(derEncoded: [0x02, 0x01, 0xFF])
        #expect(throws: DERError(.integerOverflow, "", offset: 0)) { try negative.integer(as: UInt8.self) }
        #expect(try negative.integer(as: Int8.self) == -1)
    }

    @Test func refusesBooleanOtherThan00OrFF() {
        #expect(refusal([0x01, 0x01, 0x01])?.code == .invalidBoolean)
        #expect(refusal([0x01, 0x02, 0xFF, 0xFF])?.code == .invalidBoolean)
        #expect(refusal([0x01, 0x01, 0xFF]) == nil)
        #expect(refusal([0x01, 0x01, 0x00]) == nil)
    }

    @Test func refusesDeepNesting() {
        var bytes: [UInt8] = [0x05, 0x00]
        for _ in 0..<DERNode.defaultMaximumDepth {
            bytes = [0x30, UInt8(bytes.count)] + bytes
        }
        #expect(refusal(bytes)?.code == .nestingTooDeep)
        #expect(refusal(Array(bytes.dropFirst(2))) == nil)
    }

    @Test func refusesTagNumberInLongFormBelow31() {
        #expect(refusal([0x9F, 0x1E, 0x00])?.code == .nonMinimalTag)
    }

    @Test func refusesPaddedLongFormTag() {
        #expect(refusal([0x9F, 0x80, 0x1F, 0x00])?.code == .nonMinimalTag)
    }

    @Test func readsHighTagNumbers() throws {
        let node = try DERNode(derEncoded: [0x9F, 0x81, 0x00, 0x01, 0x2A])
        #expect(node.tag == .contextSpecific(128))
        #expect(node.content.elementsEqual([0x2A]))
        #expect(try node.reencoded() == [0x9F, 0x81, 0x00, 0x01, 0x2A])
    }

    @Test func refusesTagNumberBeyond32Bits() {
        #expect(refusal([0x9F, 0x90, 0x80, 0x80, 0x80, 0x00, 0x00])?.code == .tagTooLarge)
    }

    @Test func refusesBitStringWithMoreThanSevenUnusedBits() {
        #expect(refusal([0x03, 0x02, 0x08, 0x00])?.code == .invalidBitString)
    }

    @Test func refusesEmptyBitStringClaimingUnusedBits() {
        #expect(refusal([0x03, 0x01, 0x03])?.code == .invalidBitString)
        #expect(refusal([0x03, 0x01, 0x00]) == nil)
    }

    @Test func refusesNonZeroUnusedBits() {
        #expect(refusal([0x03, 0x02, 0x01, 0x81])?.code == .invalidBitString)
        #expect(refusal([0x03, 0x02, 0x01, 0x80]) == nil)
    }

    @Test func refusesNullWithContent() {
        #expect(refusal([0x05, 0x01, 0x00])?.code == .invalidNull)
    }

    @Test func refusesConstructedPrimitiveTypes() {
        #expect(refusal([0x24, 0x03, 0x04, 0x01, 0x00])?.code == .invalidForm)
    }

    @Test func refusesPrimitiveSequence() {
        #expect(refusal([0x10, 0x00])?.code == .invalidForm)
    }

    @Test func refusesEndOfContentsTag() {
        #expect(refusal([0x00, 0x00])?.code == .invalidForm)
    }

    @Test func refusesInvalidUTF8AndPrintableString() {
        #expect(refusal([0x0C, 0x02, 0xC0, 0x80])?.code == .invalidString)
        #expect(refusal([0x13, 0x01, 0x2A])?.code == .invalidString)
        #expect(refusal([0x16, 0x01, 0x80])?.code == .invalidString)
    }

    @Test func decodesBMPString() throws {
        #expect(try DERNode(derEncoded: [0x1E, 0x04, 0x00, 0x41, 0x00, 0xE9]).string() == "Aé")
        #expect(refusal([0x1E, 0x02, 0xD8, 0x00])?.code == .invalidString)
    }

    @Test func reportsTheOffsetOfTheOffendingByte() {
        let error = refusal([0x30, 0x05, 0x05, 0x00, 0x01, 0x01, 0x07])
        #expect(error?.code == .invalidBoolean)
        #expect(error?.offset == 6)
    }

    @Test func refusesEveryProperPrefix() {
        let bytes: [UInt8] = [0x30, 0x0A, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0C, 0x03, 0x61, 0x62, 0x63]
        #expect(refusal(bytes) == nil)
        for length in 0..<bytes.count {
            #expect(refusal(Array(bytes.prefix(length))) != nil, "prefix of \(length) bytes")
        }
    }

    @Test func readsFromASliceWithBaseArrayOffsets() throws {
        let bytes: [UInt8] = [0xAA, 0xAA, 0x02, 0x01, 0x07]
        let node = try DERNode(derEncoded: bytes[2...])
        #expect(node.offset == 2)
        #expect(node.contentOffset == 4)
    }

    @Test func neverTrapsOnArbitraryShortInputs() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 60)
            var bytes: [UInt8] = []
            for index in 0..<count {
                bytes.append(UInt8(truncatingIfNeeded: state >> UInt64((index * 5) % 56)))
            }
            if let node = try? DERNode(derEncoded: bytes) {
                #expect((try? node.reencoded()) == bytes)
            }
        }
    }
}
