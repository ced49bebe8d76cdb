public import DER

extension DistinguishedName {
    /// One attribute of a name: a type such as commonName and its value.
    public struct Attribute: Sendable, Hashable, CustomStringConvertible {
        /// The attribute type.
        public let type: OID
        /// The complete DER encoding of the value element.
        public let valueEncoded: ArraySlice<UInt8>
        /// The value's tag: usually UTF8String or PrintableString.
        public let valueTag: DERTag
        /// The value as text. Character strings are decoded; values of other types are given as `#` followed by
        /// the hexadecimal DER encoding, as RFC 4514 writes them.
        public let value: String

        init(type: OID, value node: DERNode) {
            self.type = type
            self.valueEncoded = node.encoded
            self.valueTag = node.tag
            if node.isString, let text = try? node.string() {
                self.value = text
            } else {
                self.value = "#" + node.encoded.map(Self.hexByte).joined()
            }
        }

        /// The short name RFC 4514 gives the type (`CN`, `O`, ...), or `nil` when it has none.
        public var shortName: String? {
            switch type {
            case .commonName: return "CN"
            case .localityName: return "L"
            case .stateOrProvinceName: return "ST"
            case .organizationName: return "O"
            case .organizationalUnitName: return "OU"
            case .countryName: return "C"
            case .streetAddress: return "STREET"
            case .domainComponent: return "DC"
            case .userID: return "UID"
            default: return nil
            }
        }

        /// `TYPE=value` with RFC 4514 escaping; types without a short name appear as their dotted OID.
        public var description: String {
            (shortName ?? type.description) + "=" + (valueTag.isStringTag ? Self.escape(value) : value)
        }

        /// Escapes a value as RFC 4514 section 2.4 requires, and also every control character (as `\XX` hex
        /// pairs, which RFC 4514 allows for any character), so that a name printed to a terminal can neither
        /// start a new line nor send escape sequences.
        static func escape(_ value: String) -> String {
            var result = ""
            let scalars = Array(value.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                switch scalar {
                case "\"", "+", ",", ";", "<", ">", "\\":
                    result += "\\" + String(scalar)
                case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                    for byte in String(scalar).utf8 { result += "\\" + hexByte(byte) }
                case "#" where index == 0:
                    result += "\\#"
                case " " where index == 0 || index == scalars.count - 1:
                    result += "\\ "
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
            return result
        }

        static func hexByte(_ byte: UInt8) -> String {
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }
}

extension DERTag {
    /// Whether the tag is a universal character string type.
    var isStringTag: Bool {
        tagClass == .universal && !isConstructed && [12, 18, 19, 20, 22, 26, 28, 30].contains(number)
    }
}
