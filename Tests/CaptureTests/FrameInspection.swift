/// An independent reading of one Ethernet/IPv4/TCP frame for tests, written apart from the module's own parser so
/// that a shared mistake cannot hide itself.
struct FrameInspection {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var etherType: Int { Int(bytes[12]) << 8 | Int(bytes[13]) }
    var ipHeaderLength: Int { Int(bytes[14] & 0x0F) * 4 }
    var ipTotalLength: Int { word(16) }
    var tcpStart: Int { 14 + ipHeaderLength }
    var sourcePort: Int { word(tcpStart) }
    var destinationPort: Int { word(tcpStart + 2) }
    var sequence: UInt32 { UInt32(word(tcpStart + 4)) << 16 | UInt32(word(tcpStart + 6)) }
    var acknowledgement: UInt32 { UInt32(word(tcpStart + 8)) << 16 | UInt32(word(tcpStart + 10)) }
    var tcpHeaderLength: Int { Int(bytes[tcpStart + 12] >> 4) * 4 }
    var flags: UInt8 { bytes[tcpStart + 13] }
    var payload: [UInt8] { Array(bytes[(tcpStart + tcpHeaderLength)..<(14 + ipTotalLength)]) }
    var sourceIP: [UInt8] { Array(bytes[26..<30]) }
    var destinationIP: [UInt8] { Array(bytes[30..<34]) }

    var isSYN: Bool { flags & 0x02 != 0 }
    var isACK: Bool { flags & 0x10 != 0 }
    var isFIN: Bool { flags & 0x01 != 0 }
    var isRST: Bool { flags & 0x04 != 0 }
    var isPSH: Bool { flags & 0x08 != 0 }

    /// Whether the IPv4 header sums to all ones.
    var ipChecksumIsValid: Bool {
        Self.onesComplementSum(Array(bytes[14..<(14 + ipHeaderLength)])) == 0xFFFF
    }

    /// Whether the TCP segment and the pseudo-header sum to all ones.
    var tcpChecksumIsValid: Bool {
        let segment = Array(bytes[tcpStart..<(14 + ipTotalLength)])
        let length = segment.count
        let pseudo = sourceIP + destinationIP + [0, 6, UInt8(length >> 8), UInt8(length & 0xFF)]
        return Self.onesComplementSum(pseudo + segment) == 0xFFFF
    }

    private func word(_ offset: Int) -> Int {
        Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    private static func onesComplementSum(_ data: [UInt8]) -> UInt16 {
        var sum: UInt64 = 0
        var index = 0
        while index < data.count {
            let high = UInt64(data[index]) << 8
            let low = index + 1 < data.count ? UInt64(data[index + 1]) : 0
            sum += high | low
            index += 2
        }
        while sum > 0xFFFF {
            sum = (sum & 0xFFFF) + (sum >> 16)
        }
        return UInt16(sum)
    }
}
