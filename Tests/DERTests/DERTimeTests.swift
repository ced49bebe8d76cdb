import DER
import Testing

/// UTCTime and GeneralizedTime in the single forms RFC 5280 allows.
struct DERTimeTests {
    private func time(_ tag: UInt8, _ text: String) throws -> DERTime {
        let content = Array(text.utf8)
        return try DERNode(derEncoded: [tag, UInt8(content.count)] + content).time()
    }

    @Test func appliesTheFiftyYearPivotToUTCTime() throws {
        #expect(try time(0x17, "491231235959Z").year == 2049)
        #expect(try time(0x17, "500101000000Z").year == 1950)
    }

    @Test func computesSecondsSinceTheEpoch() throws {
        #expect(try time(0x17, "700101000000Z").secondsSince1970 == 0)
        #expect(try time(0x18, "20380119031408Z").secondsSince1970 == 2_147_483_648)
        #expect(try time(0x18, "19691231235959Z").secondsSince1970 == -1)
        #expect(try time(0x18, "20000301000000Z").secondsSince1970 == 951_868_800)
    }

    @Test(arguments: [
        "4912312359Z", "491231235959", "491231235959+0000", "491231235959.5Z", "491331235959Z",
        "490230235959Z", "491231245959Z", "491231236059Z", "491231235960Z", "4912312359 9Z",
    ])
    func refusesUTCTimeOutsideRFC5280(_ text: String) {
        #expect(throws: DERError(.invalidTime, "", offset: 0)) { try time(0x17, text) }
    }

    @Test(arguments: ["20500101000000.5Z", "205001010000Z", "20500101000000", "21000229000000Z", "20500100000000Z"])
    func refusesGeneralizedTimeOutsideRFC5280(_ text: String) {
        #expect(throws: DERError(.invalidTime, "", offset: 0)) { try time(0x18, text) }
    }

    @Test func acceptsLeapDays() throws {
        #expect(try time(0x18, "20000229000000Z").day == 29)
        #expect(try time(0x17, "240229000000Z").day == 29)
    }
}
