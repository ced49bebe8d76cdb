/// The content rules of DER's primitive types, shared by tree validation and the typed accessors.
enum DERContentRules {
    /// Decodes a BOOLEAN's content, which must be exactly 0x00 or 0xFF.
    static func boolean(_ content: ArraySlice<UInt8>) throws(DERError) -> Bool {
        guard content.count == 1, let byte = content.first else {
            throw DERError(
                .invalidBoolean,
                "a BOOLEAN has \(content.count) content bytes, DER requires 1",
                offset: content.startIndex
            )
        }
        switch byte {
        case 0x00:
            return false
        case 0xFF:
            return true
        default:
            throw DERError(
                .invalidBoolean,
                "BOOLEAN content 0x\(String(byte, radix: 16)) is neither 0x00 nor 0xFF",
                offset: content.startIndex
            )
        }
    }

    /// Checks that INTEGER content is non-empty and minimal: no redundant leading 0x00 or 0xFF.
    static func checkInteger(_ content: ArraySlice<UInt8>, at offset: Int) throws(DERError) {
        guard let first = content.first else {
            throw DERError(.invalidInteger, "an INTEGER has no content bytes", offset: offset)
        }
        guard content.count > 1 else {
            return
        }
        let second = content[content.startIndex + 1]
        if (first == 0x00 && second < 0x80) || (first == 0xFF && second >= 0x80) {
            throw DERError(.invalidInteger, "an INTEGER starts with a redundant sign byte", offset: offset)
        }
    }

    /// Checks that a NULL is empty.
    static func checkNull(_ content: ArraySlice<UInt8>, at offset: Int) throws(DERError) {
        guard content.isEmpty else {
            throw DERError(.invalidNull, "a NULL has \(content.count) content bytes", offset: offset)
        }
    }

    /// Checks OBJECT IDENTIFIER content: non-empty, every arc minimal, complete and at most 64 bits.
    static func checkObjectIdentifier(_ content: ArraySlice<UInt8>) throws(DERError) {
        guard !content.isEmpty else {
            throw DERError(
                .invalidObjectIdentifier,
                "an OBJECT IDENTIFIER has no content bytes",
                offset: content.startIndex
            )
        }
        var arcStart = true
        var bitsUsed = 0
        for index in content.indices {
            let byte = content[index]
            if arcStart {
                guard byte != 0x80 else {
                    throw DERError(.invalidObjectIdentifier, "an arc starts with a padding byte 0x80", offset: index)
                }
                bitsUsed = 8 - (byte & 0x7F).leadingZeroBitCount
            } else {
                bitsUsed += 7
            }
            guard bitsUsed <= 64 else {
                throw DERError(.invalidObjectIdentifier, "an arc exceeds 2^64 - 1", offset: index)
            }
            arcStart = byte & 0x80 == 0
        }
        guard arcStart else {
            throw DERError(
                .invalidObjectIdentifier,
                "the last arc is cut off (its final byte has the continuation bit set)",
                offset: content.endIndex - 1
            )
        }
    }
}
