/// The identifier octets of a DER element: its class, whether it is constructed, and its number.
///
/// Numbers from 31 up use the high-tag-number form on the wire; the reader accepts it when minimal and the
/// writer produces it, so ``DERTag`` values never carry an encoding choice.
public struct DERTag: Sendable, Hashable, CustomStringConvertible {
    /// The two class bits of a tag.
    public struct TagClass: Sendable, Hashable, CustomStringConvertible {
        /// The class bits, 0 to 3, as they sit in the top two bits of the first identifier octet.
        public let rawValue: UInt8

        private init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// Types defined by X.680 itself (SEQUENCE, INTEGER, ...).
        public static let universal = TagClass(rawValue: 0)
        /// Application-wide types.
        public static let application = TagClass(rawValue: 1)
        /// Tags whose meaning depends on the enclosing structure (`[0]`, `[3]`, ...).
        public static let contextSpecific = TagClass(rawValue: 2)
        /// Privately agreed types.
        public static let `private` = TagClass(rawValue: 3)

        /// The class for the two top bits of an identifier octet.
        init(bits: UInt8) {
            self.rawValue = bits & 0x03
        }

        /// The class name as X.680 spells it.
        public var description: String {
            switch rawValue {
            case 0: return "UNIVERSAL"
            case 1: return "APPLICATION"
            case 2: return "CONTEXT"
            default: return "PRIVATE"
            }
        }
    }

    /// The tag's class.
    public let tagClass: TagClass
    /// Whether the element's content is a series of elements rather than raw bytes.
    public let isConstructed: Bool
    /// The tag number within its class.
    public let number: UInt32

    /// Creates a tag.
    ///
    /// - Parameters:
    ///   - number: The number within the class.
    ///   - tagClass: The class; universal when omitted.
    ///   - isConstructed: Whether the content is a series of elements.
    public init(number: UInt32, tagClass: TagClass = .universal, isConstructed: Bool = false) {
        self.tagClass = tagClass
        self.isConstructed = isConstructed
        self.number = number
    }

    /// A context-specific tag such as `[0]`.
    ///
    /// - Parameters:
    ///   - number: The number in brackets.
    ///   - isConstructed: True for EXPLICIT tagging and for IMPLICIT tagging of constructed types.
    /// - Returns: The tag.
    public static func contextSpecific(_ number: UInt32, isConstructed: Bool = false) -> DERTag {
        DERTag(number: number, tagClass: .contextSpecific, isConstructed: isConstructed)
    }

    /// BOOLEAN (universal 1).
    public static let boolean = DERTag(number: 1)
    /// INTEGER (universal 2).
    public static let integer = DERTag(number: 2)
    /// BIT STRING (universal 3).
    public static let bitString = DERTag(number: 3)
    /// OCTET STRING (universal 4).
    public static let octetString = DERTag(number: 4)
    /// NULL (universal 5).
    public static let null = DERTag(number: 5)
    /// OBJECT IDENTIFIER (universal 6).
    public static let objectIdentifier = DERTag(number: 6)
    /// ENUMERATED (universal 10).
    public static let enumerated = DERTag(number: 10)
    /// UTF8String (universal 12).
    public static let utf8String = DERTag(number: 12)
    /// SEQUENCE and SEQUENCE OF (universal 16, constructed).
    public static let sequence = DERTag(number: 16, isConstructed: true)
    /// SET and SET OF (universal 17, constructed).
    public static let set = DERTag(number: 17, isConstructed: true)
    /// NumericString (universal 18).
    public static let numericString = DERTag(number: 18)
    /// PrintableString (universal 19).
    public static let printableString = DERTag(number: 19)
    /// TeletexString, also called T61String (universal 20).
    public static let teletexString = DERTag(number: 20)
    /// IA5String (universal 22).
    public static let ia5String = DERTag(number: 22)
    /// UTCTime (universal 23).
    public static let utcTime = DERTag(number: 23)
    /// GeneralizedTime (universal 24).
    public static let generalizedTime = DERTag(number: 24)
    /// VisibleString (universal 26).
    public static let visibleString = DERTag(number: 26)
    /// UniversalString (universal 28).
    public static let universalString = DERTag(number: 28)
    /// BMPString (universal 30).
    public static let bmpString = DERTag(number: 30)

    /// The tag in X.680 notation: `[UNIVERSAL 16] constructed`, `[CONTEXT 0] primitive`.
    public var description: String {
        "[\(tagClass) \(number)] \(isConstructed ? "constructed" : "primitive")"
    }
}
