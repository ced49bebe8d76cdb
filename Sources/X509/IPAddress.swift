/// An IP address from an iPAddress GeneralName, or an address and mask from a name constraint.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The bytes as encoded: 4 (IPv4), 16 (IPv6), or in name constraints 8 or 32 (address, then mask).
    public let bytes: ArraySlice<UInt8>

    /// Wraps encoded bytes.
    ///
    /// - Parameter bytes: 4, 8, 16 or 32 bytes; other lengths are described as hexadecimal.
    public init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// Whether this is an IPv4 address or IPv4 range.
    public var isIPv4: Bool {
        bytes.count == 4 || bytes.count == 8
    }

    /// Whether this is an IPv6 address or IPv6 range.
    public var isIPv6: Bool {
        bytes.count == 16 || bytes.count == 32
    }

    /// The address bytes, without the mask of a constraint.
    public var address: ArraySlice<UInt8> {
        bytes.count == 8 || bytes.count == 32 ? bytes.prefix(bytes.count / 2) : bytes
    }

    /// The mask of a name constraint, or `nil` for a plain address.
    public var mask: ArraySlice<UInt8>? {
        bytes.count == 8 || bytes.count == 32 ? bytes.suffix(bytes.count / 2) : nil
    }

    /// The address in text: dotted decimal for IPv4, RFC 5952 for IPv6 (lower case, longest run of two or more
    /// zero groups as `::`); a constraint adds `/mask` in the same notation.
    public var description: String {
        let text = Self.format(address)
        guard let mask else {
            return text
        }
        return text + "/" + Self.format(mask)
    }

    private static func format(_ bytes: ArraySlice<UInt8>) -> String {
        switch bytes.count {
        case 4:
            return bytes.map { String($0) }.joined(separator: ".")
        case 16:
            return formatIPv6(bytes)
        default:
            return bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    private static func formatIPv6(_ bytes: ArraySlice<UInt8>) -> String {
        var groups: [UInt16] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            groups.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        var bestStart = -1
        var bestLength = 0
        var runStart = -1
        for (position, group) in groups.enumerated() {
            if group == 0 {
                if runStart < 0 {
                    runStart = position
                }
                let length = position - runStart + 1
                if length > bestLength {
                    bestStart = runStart
                    bestLength = length
                }
            } else {
                runStart = -1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard bestLength >= 2 else {
            return hex.joined(separator: ":")
        }
        let head = hex[..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }
}
