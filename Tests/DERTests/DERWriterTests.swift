import DER
import Testing

/// The writer's encodings, and the property the "der" fuzz target checks: what reads re-encodes identically.
struct DERWriterTests {
    @Test func writesMinimalLengths() {
        for (length, header) in [
            (0, [0x04, 0x00]), (127, [0x04, 0x7F]), (128, [0x04, 0x81, 0x80]), (256, [0x04, 0x82, 0x01, 0x00]),
        ] {
            var writer = DERWriter()
            writer.appendOctetString([UInt8](repeating: 0, count: length))
            #expect(Array(writer.bytes.prefix(header.count)) == header.map { UInt8($0) })
        }
    }

    @Test func writesMinimalIntegers() throws {
        for value: Int64 in [0, 1, 127, 128, 255, 256, -1, -128, -129, Int64.max, Int64.min] {
            var writer = DERWriter()
            writer.appendInteger(value)
            let node = try DERNode(derEncoded: writer.bytes)
            #expect(try node.integer(as: Int64.self) == value)
        }
    }

    @Test func writesUnsignedMagnitudesWithASignByte() {
        var writer = DERWriter()
        writer.appendUnsignedInteger(magnitude: [0x00, 0x00, 0x80, 0x01])
        #expect(writer.bytes == [0x02, 0x03, 0x00, 0x80, 0x01])
    }

    @Test func writesHighTagNumbers() throws {
        var writer = DERWriter()
        writer.appendPrimitive(DERTag(number: 201, tagClass: .application), content: [1])
        #expect(writer.bytes == [0x5F, 0x81, 0x49, 0x01, 0x01])
        #expect(try DERNode(derEncoded: writer.bytes).tag.number == 201)
    }

    @Test func reencodesWhatItReads() throws {
        var writer = DERWriter()
        writer.appendConstructed(.sequence) { body in
            body.appendObjectIdentifier([1, 2, 840, 113_549, 1, 1, 11])
            body.appendNull()
            body.appendBoolean(true)
            body.appendBitString([0xA0], unusedBits: 5)
            body.appendUTF8String(String(repeating: "x", count: 300))
            body.appendConstructed(.contextSpecific(3)) { inner in
                inner.appendInteger(-5)
            }
        }
        let node = try DERNode(derEncoded: writer.bytes)
        #expect(try node.reencoded() == writer.bytes)
    }

    @Test func writesTimesInTheTypeRFC5280Requires() throws {
        var writer = DERWriter()
        writer.appendTime(try DERTime(year: 2049, month: 12, day: 31, hour: 23, minute: 59, second: 59))
        writer.appendTime(try DERTime(year: 2050, month: 1, day: 1, hour: 0, minute: 0, second: 0))
        #expect(
            writer.bytes == [0x17, 0x0D] + Array("491231235959Z".utf8) + [0x18, 0x0F] + Array("20500101000000Z".utf8))
    }
}
