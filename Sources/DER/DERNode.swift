/// One DER element (tag, length, content) as a view into the bytes it was read from.
///
/// A node never copies: ``encoded`` and ``content`` are slices of the caller's array, sharing its storage, and
/// their indices are indices of that array. Reading a node checks its identifier and length octets only; use
/// ``init(derEncoded:maximumDepth:)-(ArraySlice<UInt8>,_)`` to check a whole tree, or the typed accessors
/// (``boolean()``, ``integerBytes(tag:)``, ...) to check one primitive.
public struct DERNode: Sendable, Hashable {
    /// The deepest nesting ``init(derEncoded:maximumDepth:)-(ArraySlice<UInt8>,_)`` accepts unless told otherwise.
    ///
    /// X.509 certificates nest about eight deep; 32 leaves room for extensions while keeping recursion short.
    public static let defaultMaximumDepth = 32

    /// The element's tag.
    public let tag: DERTag
    /// The whole element: identifier, length and content octets.
    public let encoded: ArraySlice<UInt8>
    /// The number of identifier and length octets at the start of ``encoded``.
    public let headerLength: Int

    /// The content octets.
    public var content: ArraySlice<UInt8> {
        encoded[(encoded.startIndex + headerLength)...]
    }

    /// The index of the element's first byte in the array it was read from.
    public var offset: Int {
        encoded.startIndex
    }

    /// The index of the first content byte in the array it was read from.
    public var contentOffset: Int {
        encoded.startIndex + headerLength
    }

    init(tag: DERTag, encoded: ArraySlice<UInt8>, headerLength: Int) {
        self.tag = tag
        self.encoded = encoded
        self.headerLength = headerLength
    }

    /// Reads and checks a complete DER element that must span all of `bytes`.
    ///
    /// Every element of the tree is checked: minimal tags and lengths, no indefinite lengths, universal types in
    /// their DER form (SEQUENCE and SET constructed, everything else primitive), and the contents of BOOLEAN,
    /// INTEGER, ENUMERATED, NULL, BIT STRING, OBJECT IDENTIFIER, UTCTime, GeneralizedTime and the character
    /// string types. Content of OCTET STRING and of non-universal primitive tags is left alone.
    ///
    /// Known shortcoming: DER sorts the elements of a SET OF by their encodings, and this reader does not check
    /// that order, because a generic reader cannot tell SET from SET OF. Re-encoding keeps the order it read.
    ///
    /// - Parameters:
    ///   - bytes: The encoding; its indices are used as error offsets.
    ///   - maximumDepth: How deeply elements may nest; the outermost element is depth 1.
    /// - Throws: ``DERError`` with the rule broken and the offset of the offending byte.
    public init(
        derEncoded bytes: ArraySlice<UInt8>,
        maximumDepth: Int = DERNode.defaultMaximumDepth
    ) throws(DERError) {
        let node = try DERNode.readHeader(from: bytes, at: bytes.startIndex)
        guard node.encoded.endIndex == bytes.endIndex else {
            throw DERError(
                .trailingBytes,
                "\(bytes.endIndex - node.encoded.endIndex) bytes follow the element",
                offset: node.encoded.endIndex
            )
        }
        try node.validateTree(remainingDepth: maximumDepth)
        self = node
    }

    /// Reads and checks a complete DER element that must span all of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The encoding.
    ///   - maximumDepth: How deeply elements may nest; the outermost element is depth 1.
    /// - Throws: ``DERError`` with the rule broken and the offset of the offending byte.
    public init(derEncoded bytes: [UInt8], maximumDepth: Int = DERNode.defaultMaximumDepth) throws(DERError) {
        try self.init(derEncoded: bytes[...], maximumDepth: maximumDepth)
    }

    /// A reader over the children of this constructed element.
    ///
    /// - Parameter tag: The tag the element must have; `nil` accepts any constructed tag.
    /// - Returns: A reader positioned at the first child.
    /// - Throws: ``DERError/Code/unexpectedTag`` when the tag differs or the element is primitive.
    public func children(expecting tag: DERTag? = nil) throws(DERError) -> DERSequenceReader {
        if let tag {
            try expect(tag)
        } else if !self.tag.isConstructed {
            throw DERError(.unexpectedTag, "expected a constructed element, found \(self.tag)", offset: offset)
        }
        return DERSequenceReader(content: content)
    }

    /// Checks that the element has the given tag.
    ///
    /// - Parameter expected: The tag the structure requires here.
    /// - Throws: ``DERError/Code/unexpectedTag`` naming both tags.
    public func expect(_ expected: DERTag) throws(DERError) {
        guard tag == expected else {
            throw DERError(.unexpectedTag, "expected \(expected), found \(tag)", offset: offset)
        }
    }

    /// Reads the identifier and length octets of the element starting at `start` and returns it.
    ///
    /// Only the header is checked; the content must fit inside `bytes`.
    static func readHeader(from bytes: ArraySlice<UInt8>, at start: Int) throws(DERError) -> DERNode {
        let end = bytes.endIndex
        var index = start
        guard index < end else {
            throw DERError(.truncated, "expected an element, found the end of the input", offset: index)
        }
        let first = bytes[index]
        index += 1
        var number = UInt32(first & 0x1F)
        if number == 0x1F {
            number = try readLongTagNumber(from: bytes, at: &index)
        }
        let tag = DERTag(number: number, tagClass: .init(bits: first >> 6), isConstructed: first & 0x20 != 0)
        guard index < end else {
            throw DERError(.truncated, "the input ends before the length of \(tag)", offset: index)
        }
        let length = try readLength(from: bytes, at: &index)
        guard length <= end - index else {
            throw DERError(
                .truncated,
                "\(tag) announces \(length) content bytes but only \(end - index) remain",
                offset: start
            )
        }
        return DERNode(tag: tag, encoded: bytes[start..<(index + length)], headerLength: index - start)
    }

    /// Reads the base-128 tag number that follows a first identifier octet of the form `xx11111`.
    private static func readLongTagNumber(from bytes: ArraySlice<UInt8>, at index: inout Int) throws(DERError) -> UInt32
    {
        let start = index
        var value: UInt64 = 0
        while true {
            guard index < bytes.endIndex else {
                throw DERError(.truncated, "the input ends inside a tag number", offset: index)
            }
            let byte = bytes[index]
            if index == start && byte == 0x80 {
                throw DERError(.nonMinimalTag, "a tag number starts with a padding byte 0x80", offset: index)
            }
            index += 1
            value = value << 7 | UInt64(byte & 0x7F)
            guard value <= UInt64(UInt32.max) else {
                throw DERError(.tagTooLarge, "a tag number exceeds 2^32 - 1", offset: start)
            }
            if byte & 0x80 == 0 {
                break
            }
        }
        guard value >= 31 else {
            throw DERError(.nonMinimalTag, "tag number \(value) must use the one-byte form", offset: start)
        }
        return UInt32(value)
    }

    /// Reads a definite length in its minimal form.
    private static func readLength(from bytes: ArraySlice<UInt8>, at index: inout Int) throws(DERError) -> Int {
        let start = index
        let first = bytes[index]
        index += 1
        if first < 0x80 {
            return Int(first)
        }
        if first == 0x80 {
            throw DERError(.indefiniteLength, "indefinite lengths are not DER", offset: start)
        }
        let count = Int(first & 0x7F)
        guard count <= 8 else {
            throw DERError(.lengthTooLarge, "a length of \(count) bytes is beyond this reader", offset: start)
        }
        guard count <= bytes.endIndex - index else {
            throw DERError(.truncated, "the input ends inside a length", offset: start)
        }
        guard bytes[index] != 0 else {
            throw DERError(.nonMinimalLength, "a long-form length starts with a zero byte", offset: start)
        }
        var value: UInt64 = 0
        for _ in 0..<count {
            value = value << 8 | UInt64(bytes[index])
            index += 1
        }
        guard value >= 0x80 else {
            throw DERError(.nonMinimalLength, "length \(value) must use the one-byte form", offset: start)
        }
        guard value <= UInt64(Int.max) else {
            throw DERError(.lengthTooLarge, "length \(value) does not fit an Int", offset: start)
        }
        return Int(value)
    }
}
