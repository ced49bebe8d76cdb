internal import DER

extension FuzzTarget {
    /// The DER reader on arbitrary bytes.
    ///
    /// Properties of every input the reader accepts: rebuilding it from its parsed parts gives the same bytes;
    /// every primitive the tree check passed is also read by its typed accessor, and writing the value read
    /// back with ``DER/DERWriter`` gives the same content octets; and the input without its last byte is
    /// refused.
    public static let der = FuzzTarget(
        name: "der",
        property: "whatever parses re-encodes to the same bytes, and its primitives round-trip"
    ) { bytes in
        guard let node = try? DERNode(derEncoded: bytes) else {
            return .rejected
        }
        let rebuilt: [UInt8]
        do {
            rebuilt = try node.reencoded()
        } catch {
            violated("der", "an accepted encoding cannot be re-encoded: \(error)")
        }
        guard rebuilt == bytes else {
            violated("der", "re-encoding changed the bytes: \(hex(bytes)) became \(hex(rebuilt))")
        }
        checkPrimitives(in: node, depth: 0)
        if (try? DERNode(derEncoded: Array(bytes.dropLast()))) != nil {
            violated("der", "a proper prefix of an accepted encoding was accepted too")
        }
        return .accepted
    }

    /// Walks an accepted tree and reads each universal primitive with its typed accessor.
    private static func checkPrimitives(in node: DERNode, depth: Int) {
        guard node.tag.isConstructed else {
            if node.tag.tagClass == .universal {
                checkPrimitive(node)
            }
            return
        }
        guard depth < DERNode.defaultMaximumDepth else {
            violated("der", "an accepted tree nests deeper than the reader's limit")
        }
        var children = DERSequenceReader(content: node.content)
        do {
            while let child = try children.next() {
                checkPrimitives(in: child, depth: depth + 1)
            }
        } catch {
            violated("der", "the children of an accepted element cannot be read again: \(error)")
        }
    }

    /// Reads one universal primitive with its accessor and writes the value back.
    private static func checkPrimitive(_ node: DERNode) {
        let content = Array(node.content)
        var writer = DERWriter()
        do {
            switch node.tag {
            case .boolean:
                writer.appendBoolean(try node.boolean())
            case .integer:
                let magnitude = try node.integerBytes()
                guard magnitude.count <= 8 else {
                    return
                }
                writer.appendInteger(try node.integer(as: Int64.self))
            case .bitString:
                let bits = try node.bitString()
                writer.appendBitString(bits.bytes, unusedBits: bits.unusedBits)
            case .null:
                try node.null()
                writer.appendNull()
            case .objectIdentifier:
                let oid = try node.objectIdentifier()
                writer.appendObjectIdentifier(try OID(arcs: oid.arcs))
            case .utcTime:
                writer.appendUTCTime(try node.time())
            case .generalizedTime:
                writer.appendGeneralizedTime(try node.time())
            case .utf8String:
                writer.appendUTF8String(try node.string())
            default:
                if node.isString {
                    try node.checkString()
                }
                return
            }
        } catch {
            violated("der", "the tree check passed \(node.tag) but its accessor refused it: \(error)")
        }
        guard let written = try? DERNode(derEncoded: writer.bytes), Array(written.content) == content else {
            violated("der", "\(node.tag) content \(hex(content)) was written back as \(hex(writer.bytes))")
        }
    }
}
