/// The character repertoires of the ASN.1 string types that certificates use, and their decoding.
///
/// TeletexString has no usable definition in practice; like most X.509 readers this one takes its bytes as
/// ISO 8859-1, so every byte is accepted.
enum DERStringRules {
    /// Whether `tag` is a universal character string type this reader knows.
    static func isStringTag(_ tag: DERTag) -> Bool {
        guard tag.tagClass == .universal, !tag.isConstructed else {
            return false
        }
        switch tag.number {
        case 12, 18, 19, 20, 22, 26, 28, 30:
            return true
        default:
            return false
        }
    }

    /// Checks that `content` is a valid value of the string type `tag`, without building a string.
    static func check(_ content: ArraySlice<UInt8>, tag: DERTag) throws(DERError) {
        let valid: Bool
        switch tag.number {
        case DERTag.utf8String.number:
            valid = isValidUTF8(content)
        case DERTag.numericString.number:
            valid = content.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 }
        case DERTag.printableString.number:
            valid = content.allSatisfy(isPrintable)
        case DERTag.ia5String.number:
            valid = content.allSatisfy { $0 < 0x80 }
        case DERTag.visibleString.number:
            valid = content.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        case DERTag.bmpString.number:
            valid = decodeUTF16BigEndian(content) != nil
        case DERTag.universalString.number:
            valid = decodeUTF32BigEndian(content) != nil
        default:
            valid = true
        }
        guard valid else {
            throw DERError(.invalidString, "the content is not a valid \(name(of: tag))", offset: content.startIndex)
        }
    }

    /// Decodes a string whose content has been checked by ``check(_:tag:)``.
    static func decode(_ content: ArraySlice<UInt8>, tag: DERTag) -> String {
        switch tag.number {
        case DERTag.bmpString.number:
            return decodeUTF16BigEndian(content) ?? ""
        case DERTag.universalString.number:
            return decodeUTF32BigEndian(content) ?? ""
        case DERTag.teletexString.number:
            var scalars = String.UnicodeScalarView()
            for byte in content {
                scalars.append(Unicode.Scalar(byte))
            }
            return String(scalars)
        default:
            return String(decoding: content, as: UTF8.self)
        }
    }

    /// The ASN.1 name of a string type, for messages.
    static func name(of tag: DERTag) -> String {
        switch tag.number {
        case 12: return "UTF8String"
        case 18: return "NumericString"
        case 19: return "PrintableString"
        case 20: return "TeletexString"
        case 22: return "IA5String"
        case 26: return "VisibleString"
        case 28: return "UniversalString"
        case 30: return "BMPString"
        default: return "string"
        }
    }

    /// PrintableString: letters, digits, space and `'()+,-./:=?`.
    private static func isPrintable(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
            return true
        case 0x20, 0x27, 0x28, 0x29, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3D, 0x3F:
            return true
        default:
            return false
        }
    }

    /// Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF.
    static func isValidUTF8(_ content: ArraySlice<UInt8>) -> Bool {
        var iterator = content.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid:
                continue
            case .emptyInput:
                return true
            case .error:
                return false
            }
        }
    }

    private static func decodeUTF16BigEndian(_ content: ArraySlice<UInt8>) -> String? {
        guard content.count % 2 == 0 else {
            return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(content.count / 2)
        var index = content.startIndex
        while index < content.endIndex {
            units.append(UInt16(content[index]) << 8 | UInt16(content[index + 1]))
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                return nil
            }
        }
    }

    private static func decodeUTF32BigEndian(_ content: ArraySlice<UInt8>) -> String? {
        guard content.count % 4 == 0 else {
            return nil
        }
        var scalars = String.UnicodeScalarView()
        var index = content.startIndex
        while index < content.endIndex {
            var value: UInt32 = 0
            for byte in content[index..<(index + 4)] {
                value = value << 8 | UInt32(byte)
            }
            guard let scalar = Unicode.Scalar(value) else {
                return nil
            }
            scalars.append(scalar)
            index += 4
        }
        return String(scalars)
    }
}
