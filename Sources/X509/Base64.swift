/// Strict base64 (RFC 4648 section 4): the standard alphabet, `=` padding to a multiple of four characters,
/// and the padding bits of the last character zero, so that every byte string has exactly one encoding.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        return table
    }()

    /// Whether `character` belongs to the alphabet (padding excluded).
    static func isAlphabet(_ character: UInt8) -> Bool {
        values[Int(character)] != 0xFF
    }

    /// Decodes `text`, or returns a sentence saying why it is not strict base64.
    static func decode(_ text: some Collection<UInt8>) -> Result<[UInt8], Base64Failure> {
        let characters = Array(text)
        guard characters.count % 4 == 0 else {
            return .failure(Base64Failure("\(characters.count) characters is not a multiple of 4"))
        }
        let padding = characters.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else {
            return .failure(Base64Failure("more than two padding characters"))
        }
        var output: [UInt8] = []
        output.reserveCapacity(characters.count / 4 * 3)
        var accumulator: UInt32 = 0
        let dataCount = characters.count - padding
        for index in 0..<dataCount {
            let value = values[Int(characters[index])]
            guard value != 0xFF else {
                return .failure(Base64Failure("character \(index + 1) is not in the base64 alphabet"))
            }
            accumulator = accumulator << 6 | UInt32(value)
            if index % 4 == 3 {
                output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                output.append(UInt8(truncatingIfNeeded: accumulator >> 8))
                output.append(UInt8(truncatingIfNeeded: accumulator))
                accumulator = 0
            }
        }
        switch padding {
        case 1:
            guard accumulator & 0x3 == 0 else {
                return .failure(Base64Failure("the bits before the padding are not zero (non-canonical encoding)"))
            }
            output.append(UInt8(truncatingIfNeeded: accumulator >> 10))
            output.append(UInt8(truncatingIfNeeded: accumulator >> 2))
        case 2:
            guard accumulator & 0xF == 0 else {
                return .failure(Base64Failure("the bits before the padding are not zero (non-canonical encoding)"))
            }
            output.append(UInt8(truncatingIfNeeded: accumulator >> 4))
        default:
            break
        }
        return .success(output)
    }

    /// Encodes bytes with padding.
    static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity((input.count + 2) / 3 * 4)
        var index = 0
        while index < input.count {
            let count = min(3, input.count - index)
            var group: UInt32 = 0
            for offset in 0..<3 {
                group = group << 8 | UInt32(offset < count ? input[index + offset] : 0)
            }
            for position in 0..<4 {
                if position <= count {
                    output.append(alphabet[Int(group >> UInt32(18 - 6 * position) & 0x3F)])
                } else {
                    output.append(UInt8(ascii: "="))
                }
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Why a text is not strict base64.
struct Base64Failure: Error {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
