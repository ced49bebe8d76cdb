extension DERNode {
    /// Universal tag numbers whose DER encoding is always constructed: EXTERNAL, EMBEDDED PDV, SEQUENCE, SET and
    /// CHARACTER STRING. Every other universal type is primitive in DER.
    private static func universalIsConstructed(_ number: UInt32) -> Bool {
        number == 8 || number == 11 || number == 16 || number == 17 || number == 29
    }

    /// Checks this element and every element inside it, as ``init(derEncoded:maximumDepth:)-(ArraySlice<UInt8>,_)``
    /// does; use it on elements read with ``DERSequenceReader`` whose content a structure leaves open (ANY).
    ///
    /// - Parameter remainingDepth: How many more levels may nest, counting this element as one.
    /// - Throws: ``DERError`` with the first rule broken.
    public func validateTree(remainingDepth: Int) throws(DERError) {
        guard remainingDepth > 0 else {
            throw DERError(.nestingTooDeep, "elements nest deeper than the reader's limit", offset: offset)
        }
        if tag.tagClass == .universal {
            try validateUniversal()
        }
        guard tag.isConstructed else {
            return
        }
        var reader = DERSequenceReader(content: content)
        while let child = try reader.next() {
            try child.validateTree(remainingDepth: remainingDepth - 1)
        }
    }

    /// Checks the form and, for primitive types with rules, the content of a universal element.
    private func validateUniversal() throws(DERError) {
        guard tag.number != 0 else {
            throw DERError(.invalidForm, "universal tag 0 is reserved for BER end-of-contents", offset: offset)
        }
        guard tag.isConstructed == Self.universalIsConstructed(tag.number) else {
            let form = tag.isConstructed ? "constructed" : "primitive"
            throw DERError(.invalidForm, "universal type \(tag.number) must not be \(form) in DER", offset: offset)
        }
        switch tag.number {
        case DERTag.boolean.number:
            _ = try DERContentRules.boolean(content)
        case DERTag.integer.number, DERTag.enumerated.number:
            try DERContentRules.checkInteger(content, at: contentOffset)
        case DERTag.bitString.number:
            _ = try DERBitString(validating: content, at: contentOffset)
        case DERTag.null.number:
            try DERContentRules.checkNull(content, at: contentOffset)
        case DERTag.objectIdentifier.number:
            try DERContentRules.checkObjectIdentifier(content)
        case DERTag.utcTime.number:
            _ = try DERTime(utcTime: content)
        case DERTag.generalizedTime.number:
            _ = try DERTime(generalizedTime: content)
        default:
            if DERStringRules.isStringTag(tag) {
                try DERStringRules.check(content, tag: tag)
            }
        }
    }
}
