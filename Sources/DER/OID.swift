/// An ASN.1 OBJECT IDENTIFIER, held in its DER content encoding.
///
/// Parsing keeps a slice of the input; the dotted string (``description``) and the ``arcs`` are computed only
/// when asked for, so reading a certificate builds no strings. Two identifiers are equal when their encodings
/// are, which for valid DER is when their arcs are.
public struct OID: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The DER content octets (no tag or length).
    public let derContent: ArraySlice<UInt8>

    /// Wraps content that has already been checked.
    init(checkedContent: ArraySlice<UInt8>) {
        self.derContent = checkedContent
    }

    /// Creates an identifier from DER content octets, checking them.
    ///
    /// - Parameter derContent: The content octets of an OBJECT IDENTIFIER.
    /// - Throws: ``DERError/Code/invalidObjectIdentifier`` when an arc is padded, cut off or too large.
    public init(derContent: ArraySlice<UInt8>) throws(DERError) {
        try DERContentRules.checkObjectIdentifier(derContent)
        self.derContent = derContent
    }

    /// Creates an identifier from its arcs.
    ///
    /// - Parameter arcs: At least two arcs; the first 0, 1 or 2, the second below 40 unless the first is 2.
    /// - Throws: ``DERError/Code/unencodable`` when the arcs break those rules.
    public init(arcs: [UInt64]) throws(DERError) {
        guard arcs.count >= 2, arcs[0] <= 2 else {
            throw DERError(.unencodable, "an OBJECT IDENTIFIER needs two arcs and a first arc of 0, 1 or 2", offset: 0)
        }
        guard arcs[0] == 2 || arcs[1] < 40 else {
            throw DERError(.unencodable, "the second arc must be below 40 when the first is 0 or 1", offset: 0)
        }
        let (first, overflow) = (arcs[0] * 40).addingReportingOverflow(arcs[1])
        guard !overflow else {
            throw DERError(.unencodable, "the first two arcs do not fit 64 bits together", offset: 0)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(arcs.count * 2)
        Self.appendBase128(first, to: &bytes)
        for arc in arcs.dropFirst(2) {
            Self.appendBase128(arc, to: &bytes)
        }
        self.derContent = bytes[...]
    }

    /// Creates an identifier from its dotted form, such as `2.5.4.3`.
    ///
    /// - Parameter dotted: Decimal arcs separated by single dots, with no sign, space or leading zero.
    /// - Throws: ``DERError/Code/unencodable`` when the text is not a valid identifier.
    public init(dotted: String) throws(DERError) {
        var arcs: [UInt64] = []
        for part in dotted.split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                part.count == 1 || part.first != "0", let arc = UInt64(part)
            else {
                throw DERError(.unencodable, "\"\(dotted)\" is not a dotted OBJECT IDENTIFIER", offset: 0)
            }
            arcs.append(arc)
        }
        try self.init(arcs: arcs)
    }

    /// Creates an identifier from literal arcs, such as `[2, 5, 4, 3]`.
    ///
    /// - Important: Invalid literal arcs stop the program; use ``init(arcs:)`` for arcs that come from input.
    public init(arrayLiteral arcs: UInt64...) {
        do {
            try self.init(arcs: arcs)
        } catch {
            preconditionFailure("invalid OBJECT IDENTIFIER literal \(arcs): \(error.reason)")
        }
    }

    /// The arcs, decoded from the encoding.
    public var arcs: [UInt64] {
        var result: [UInt64] = []
        var value: UInt64 = 0
        for byte in derContent {
            value = value << 7 | UInt64(byte & 0x7F)
            guard byte & 0x80 == 0 else {
                continue
            }
            if result.isEmpty {
                let first: UInt64 = value < 40 ? 0 : (value < 80 ? 1 : 2)
                result.append(first)
                result.append(value - first * 40)
            } else {
                result.append(value)
            }
            value = 0
        }
        return result
    }

    /// The dotted form, such as `1.2.840.113549.1.1.11`.
    public var description: String {
        arcs.map { String($0) }.joined(separator: ".")
    }

    private static func appendBase128(_ value: UInt64, to bytes: inout [UInt8]) {
        var shift = 63
        while shift > 0 && value >> UInt64(shift) == 0 {
            shift -= 7
        }
        while shift > 0 {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)) | 0x80)
            shift -= 7
        }
        bytes.append(UInt8(value & 0x7F))
    }
}
