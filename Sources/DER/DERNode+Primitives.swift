extension DERNode {
    /// Reads a BOOLEAN, which DER allows only as 0x00 (false) or 0xFF (true).
    ///
    /// - Parameter tag: The tag to expect, for IMPLICIT tagging; BOOLEAN when omitted.
    /// - Returns: The value.
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidBoolean``.
    public func boolean(tag: DERTag = .boolean) throws(DERError) -> Bool {
        try expect(tag)
        return try DERContentRules.boolean(content)
    }

    /// Reads an INTEGER as its big-endian two's-complement content, checked to be minimal.
    ///
    /// - Parameter tag: The tag to expect, for IMPLICIT tagging; INTEGER when omitted.
    /// - Returns: The content bytes, a slice of the input.
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidInteger``.
    public func integerBytes(tag: DERTag = .integer) throws(DERError) -> ArraySlice<UInt8> {
        try expect(tag)
        try DERContentRules.checkInteger(content, at: contentOffset)
        return content
    }

    /// Reads an INTEGER into a fixed-width Swift integer.
    ///
    /// - Parameters:
    ///   - type: The integer type to produce.
    ///   - tag: The tag to expect, for IMPLICIT tagging; INTEGER when omitted.
    /// - Returns: The value.
    /// - Throws: ``DERError/Code/integerOverflow`` when the value does not fit `type`, or a content error.
    public func integer<Value: FixedWidthInteger>(
        as type: Value.Type = Value.self,
        tag: DERTag = .integer
    ) throws(DERError) -> Value {
        var bytes = try integerBytes(tag: tag)
        let negative = (bytes.first ?? 0) >= 0x80
        if !Value.isSigned {
            guard !negative else {
                throw DERError(.integerOverflow, "a negative INTEGER where \(Value.self) is needed", offset: offset)
            }
            if bytes.first == 0 {
                bytes = bytes.dropFirst()
            }
        }
        guard bytes.count <= Value.bitWidth / 8 else {
            throw DERError(
                .integerOverflow, "an INTEGER of \(bytes.count) bytes does not fit \(Value.self)", offset: offset)
        }
        var value: Value = negative ? ~0 : 0
        for byte in bytes {
            value = value << 8 | Value(truncatingIfNeeded: byte)
        }
        return value
    }

    /// Reads a NULL, which must be empty.
    ///
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidNull``.
    public func null() throws(DERError) {
        try expect(.null)
        try DERContentRules.checkNull(content, at: contentOffset)
    }

    /// Reads an OCTET STRING.
    ///
    /// - Parameter tag: The tag to expect, for IMPLICIT tagging; OCTET STRING when omitted.
    /// - Returns: The content bytes, a slice of the input.
    /// - Throws: ``DERError/Code/unexpectedTag``.
    public func octetString(tag: DERTag = .octetString) throws(DERError) -> ArraySlice<UInt8> {
        try expect(tag)
        return content
    }

    /// Reads a BIT STRING.
    ///
    /// - Parameter tag: The tag to expect, for IMPLICIT tagging; BIT STRING when omitted.
    /// - Returns: The bits and their padding count.
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidBitString``.
    public func bitString(tag: DERTag = .bitString) throws(DERError) -> DERBitString {
        try expect(tag)
        return try DERBitString(validating: content, at: contentOffset)
    }

    /// Reads an OBJECT IDENTIFIER.
    ///
    /// - Parameter tag: The tag to expect, for IMPLICIT tagging; OBJECT IDENTIFIER when omitted.
    /// - Returns: The identifier, holding a slice of the input.
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidObjectIdentifier``.
    public func objectIdentifier(tag: DERTag = .objectIdentifier) throws(DERError) -> OID {
        try expect(tag)
        return try OID(derContent: content)
    }

    /// Reads a UTCTime or a GeneralizedTime, whichever the tag says.
    ///
    /// - Returns: The instant.
    /// - Throws: ``DERError/Code/unexpectedTag`` for other tags, or ``DERError/Code/invalidTime``.
    public func time() throws(DERError) -> DERTime {
        switch tag {
        case .utcTime:
            return try DERTime(utcTime: content)
        case .generalizedTime:
            return try DERTime(generalizedTime: content)
        default:
            throw DERError(.unexpectedTag, "expected UTCTime or GeneralizedTime, found \(tag)", offset: offset)
        }
    }

    /// Whether the element is one of the universal character string types ``string()`` reads.
    public var isString: Bool {
        DERStringRules.isStringTag(tag)
    }

    /// Reads any universal character string: UTF8String, PrintableString, IA5String, VisibleString,
    /// NumericString, TeletexString (as ISO 8859-1), BMPString or UniversalString.
    ///
    /// - Returns: The text.
    /// - Throws: ``DERError/Code/unexpectedTag`` for other tags, ``DERError/Code/invalidString`` for bytes the
    ///   type does not allow.
    public func string() throws(DERError) -> String {
        guard isString else {
            throw DERError(.unexpectedTag, "expected a character string, found \(tag)", offset: offset)
        }
        try DERStringRules.check(content, tag: tag)
        return DERStringRules.decode(content, tag: tag)
    }

    /// Checks a character string without building it.
    ///
    /// - Throws: ``DERError/Code/unexpectedTag`` or ``DERError/Code/invalidString``.
    public func checkString() throws(DERError) {
        guard isString else {
            throw DERError(.unexpectedTag, "expected a character string, found \(tag)", offset: offset)
        }
        try DERStringRules.check(content, tag: tag)
    }
}
