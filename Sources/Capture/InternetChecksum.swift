/// The ones' complement checksum that IPv4 and TCP headers carry (RFC 1071).
struct InternetChecksum {
    private var sum: UInt32 = 0
    private var pendingOddByte: UInt8?

    /// Starts an empty checksum.
    init() {}

    /// Adds bytes to the sum as consecutive big-endian 16-bit words.
    ///
    /// Successive calls behave as if all bytes were added in one call, even when a call ends on an odd byte.
    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            if let high = pendingOddByte {
                addWord(UInt16(high) << 8 | UInt16(byte))
                pendingOddByte = nil
            } else {
                pendingOddByte = byte
            }
        }
    }

    /// Adds one 16-bit word.
    mutating func addWord(_ word: UInt16) {
        sum += UInt32(word)
        sum = (sum & 0xFFFF) + (sum >> 16)
    }

    /// The checksum: the ones' complement of the ones' complement sum, with a trailing odd byte padded by zero.
    var value: UInt16 {
        var copy = self
        if let high = copy.pendingOddByte {
            copy.addWord(UInt16(high) << 8)
        }
        return ~UInt16(truncatingIfNeeded: copy.sum)
    }

    /// The checksum of `bytes`; a header whose checksum field is filled in sums to zero.
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt16 where Bytes.Element == UInt8 {
        var checksum = InternetChecksum()
        checksum.add(bytes)
        return checksum.value
    }
}
