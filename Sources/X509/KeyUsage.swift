internal import DER

/// The keyUsage extension (RFC 5280 section 4.2.1.3): the purposes the key may serve, as a set of named bits.
public struct KeyUsage: OptionSet, Sendable, Hashable, CustomStringConvertible {
    /// Bit n of the encoded BIT STRING is `1 << n` here.
    public let rawValue: UInt16

    /// Creates a set from its raw bits.
    ///
    /// - Parameter rawValue: Bit n is named bit n of the extension.
    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// digitalSignature (0).
    public static let digitalSignature = KeyUsage(rawValue: 1 << 0)
    /// nonRepudiation, also called contentCommitment (1).
    public static let nonRepudiation = KeyUsage(rawValue: 1 << 1)
    /// keyEncipherment (2).
    public static let keyEncipherment = KeyUsage(rawValue: 1 << 2)
    /// dataEncipherment (3).
    public static let dataEncipherment = KeyUsage(rawValue: 1 << 3)
    /// keyAgreement (4).
    public static let keyAgreement = KeyUsage(rawValue: 1 << 4)
    /// keyCertSign (5).
    public static let keyCertSign = KeyUsage(rawValue: 1 << 5)
    /// cRLSign (6).
    public static let cRLSign = KeyUsage(rawValue: 1 << 6)
    /// encipherOnly (7).
    public static let encipherOnly = KeyUsage(rawValue: 1 << 7)
    /// decipherOnly (8).
    public static let decipherOnly = KeyUsage(rawValue: 1 << 8)

    private static let names = [
        "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
        "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly",
    ]

    /// Reads the BIT STRING. DER writes a named-bit list without trailing zero bits, and RFC 5280 requires at
    /// least one bit set; bits past decipherOnly are refused.
    init(value node: DERNode) throws(X509Error) {
        let bits = try reading("keyUsage") { try node.bitString() }
        guard let last = bits.bytes.last, last != 0 else {
            throw X509Error(.malformedExtension, "keyUsage has no bit set, or ends in a zero byte", offset: node.offset)
        }
        guard last.trailingZeroBitCount == bits.unusedBits else {
            throw X509Error(
                .malformedExtension, "keyUsage has trailing zero bits, which DER removes", offset: node.offset)
        }
        guard bits.bitCount <= 9 else {
            throw X509Error(.malformedExtension, "keyUsage sets a bit past decipherOnly", offset: node.offset)
        }
        var raw: UInt16 = 0
        for index in 0..<bits.bitCount where bits.isSet(index) {
            raw |= 1 << UInt16(index)
        }
        self.rawValue = raw
    }

    /// The names of the bits set, joined by `, `.
    public var description: String {
        Self.names.indices.filter { rawValue & (1 << UInt16($0)) != 0 }.map { Self.names[$0] }
            .joined(separator: ", ")
    }
}
