/// A cursor over the children of a constructed element, read in order.
///
/// Each read checks the child's header and that it fits its parent; what a child contains is checked when it
/// is read as a typed value. Call ``finish()`` after the last expected child so that extra elements are refused.
public struct DERSequenceReader: Sendable {
    /// The parent's content octets.
    public let bytes: ArraySlice<UInt8>
    /// The index of the next unread byte.
    public private(set) var position: Int

    /// Creates a reader over content octets.
    ///
    /// - Parameter content: The content of a constructed element, or any series of elements.
    public init(content: ArraySlice<UInt8>) {
        self.bytes = content
        self.position = content.startIndex
    }

    /// Whether every child has been read.
    public var isAtEnd: Bool {
        position >= bytes.endIndex
    }

    /// Reads the next child, or returns `nil` at the end.
    ///
    /// - Returns: The child, its header checked.
    /// - Throws: ``DERError`` when the child's header is malformed or overruns the parent.
    public mutating func next() throws(DERError) -> DERNode? {
        guard position < bytes.endIndex else {
            return nil
        }
        let node = try DERNode.readHeader(from: bytes, at: position)
        position = node.encoded.endIndex
        return node
    }

    /// Reads the next child, which must exist.
    ///
    /// - Parameter what: What the structure calls the child, for the error message.
    /// - Returns: The child.
    /// - Throws: ``DERError/Code/unexpectedTag`` at the end of the parent, or a header error.
    public mutating func readAny(_ what: String = "an element") throws(DERError) -> DERNode {
        guard let node = try next() else {
            throw DERError(.unexpectedTag, "expected \(what), found the end of the enclosing element", offset: position)
        }
        return node
    }

    /// Reads the next child, which must exist and carry `tag`.
    ///
    /// - Parameters:
    ///   - tag: The tag the child must have.
    ///   - what: What the structure calls the child, for the error message.
    /// - Returns: The child.
    /// - Throws: ``DERError/Code/unexpectedTag`` when the child is missing or tagged otherwise.
    public mutating func read(_ tag: DERTag, _ what: String? = nil) throws(DERError) -> DERNode {
        let node = try readAny(what ?? "\(tag)")
        try node.expect(tag)
        return node
    }

    /// Reads the next child if it carries `tag`; otherwise leaves the cursor where it was.
    ///
    /// - Parameter tag: The tag of the optional child.
    /// - Returns: The child, or `nil` when the next child has another tag or there is none.
    /// - Throws: ``DERError`` when the next child's header is malformed.
    public mutating func readIfPresent(_ tag: DERTag) throws(DERError) -> DERNode? {
        guard position < bytes.endIndex else {
            return nil
        }
        let node = try DERNode.readHeader(from: bytes, at: position)
        guard node.tag == tag else {
            return nil
        }
        position = node.encoded.endIndex
        return node
    }

    /// Checks that every child has been read.
    ///
    /// - Throws: ``DERError/Code/trailingBytes`` when children remain.
    public func finish() throws(DERError) {
        guard position >= bytes.endIndex else {
            throw DERError(
                .trailingBytes,
                "\(bytes.endIndex - position) unexpected bytes before the end of the enclosing element",
                offset: position
            )
        }
    }
}
