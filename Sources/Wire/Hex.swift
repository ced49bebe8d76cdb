/// Formatting helpers for values shown to people: unknown code points appear as hex, never as errors.
enum Hex {
    /// `0x` and four hex digits.
    static func uint16(_ value: UInt16) -> String { "0x" + digits(UInt64(value), width: 4) }

    /// `0x` and two hex digits.
    static func uint8(_ value: UInt8) -> String { "0x" + digits(UInt64(value), width: 2) }

    /// Lower-case hex of bytes, without separators.
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text = ""
        for byte in bytes { text += digits(UInt64(byte), width: 2) }
        return text
    }

    /// Parses hex digits (either case) into bytes; `nil` for an odd length or a non-hex character.
    static func bytes(_ text: some StringProtocol) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }

    /// Whether a 16-bit code point is one of the GREASE values of RFC 8701 (0x0A0A, 0x1A1A, ... 0xFAFA).
    static func isGrease(_ value: UInt16) -> Bool {
        value & 0x0F0F == 0x0A0A && value >> 8 == value & 0xFF
    }

    private static func digits(_ value: UInt64, width: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
