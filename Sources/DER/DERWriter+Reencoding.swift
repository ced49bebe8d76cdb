extension DERWriter {
    /// Appends `node` rebuilt from its parts: the tag from ``DERTag``, a freshly computed minimal length, and
    /// for constructed elements each child rebuilt in turn.
    ///
    /// For a node that passed ``DERNode/init(derEncoded:maximumDepth:)-(ArraySlice<UInt8>,_)`` the result equals
    /// the input byte for byte; any difference means the reader accepted an encoding that is not DER.
    ///
    /// - Parameter node: The element to re-encode.
    /// - Throws: ``DERError`` when a child's header cannot be read.
    public mutating func appendReencoding(of node: DERNode) throws(DERError) {
        guard node.tag.isConstructed else {
            appendPrimitive(node.tag, content: node.content)
            return
        }
        var reader = DERSequenceReader(content: node.content)
        try appendConstructed(node.tag) { (body: inout DERWriter) throws(DERError) in
            while let child = try reader.next() {
                try body.appendReencoding(of: child)
            }
        }
    }
}

extension DERNode {
    /// The element rebuilt from its parsed parts; see ``DERWriter/appendReencoding(of:)``.
    ///
    /// - Returns: The re-encoded bytes.
    /// - Throws: ``DERError`` when a child's header cannot be read.
    public func reencoded() throws(DERError) -> [UInt8] {
        var writer = DERWriter()
        try writer.appendReencoding(of: self)
        return writer.bytes
    }
}
