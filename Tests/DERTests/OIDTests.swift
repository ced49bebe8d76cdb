import DER
import Testing

/// Object identifiers: encoding, the dotted form, and the rules on arcs.
struct OIDTests {
    @Test func encodesAndPrintsArcs() throws {
        let oid: OID = [1, 2, 840, 113_549, 1, 1, 11]
        #expect(Array(oid.derContent) == [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B])
        #expect(oid.description == "1.2.840.113549.1.1.11")
        #expect(try OID(dotted: "1.2.840.113549.1.1.11") == oid)
    }

    @Test func readsLargeSecondArcUnderJointISOITUT() throws {
        let oid = try OID(derContent: [0x88, 0x37, 0x03][...])
        #expect(oid.arcs == [2, 999, 3])
    }

    @Test func readsArcsUpTo64Bits() throws {
        let oid = try OID(arcs: [1, 2, UInt64.max])
        #expect(try OID(derContent: oid.derContent).arcs == [1, 2, UInt64.max])
    }

    @Test func refusesPaddedArc() {
        #expect(throws: DERError(.invalidObjectIdentifier, "", offset: 0)) {
            try OID(derContent: [0x2A, 0x80, 0x01][...])
        }
    }

    @Test func refusesTruncatedArc() {
        #expect(throws: DERError(.invalidObjectIdentifier, "", offset: 0)) {
            try OID(derContent: [0x2A, 0x86][...])
        }
    }

    @Test func refusesEmptyIdentifier() {
        #expect(throws: DERError(.invalidObjectIdentifier, "", offset: 0)) { try OID(derContent: [][...]) }
    }

    @Test func refusesArcBeyond64Bits() {
        let content: [UInt8] = [0x2A, 0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]
        #expect(throws: DERError(.invalidObjectIdentifier, "", offset: 0)) { try OID(derContent: content[...]) }
    }

    @Test func refusesMalformedDottedText() {
        for text in ["", "1", "3.1", "1.40", "1..2", "1.02", "1.2.", "+1.2", "1.2.x"] {
            #expect(throws: DERError(.unencodable, "", offset: 0)) { try OID(dotted: text) }
        }
    }
}
