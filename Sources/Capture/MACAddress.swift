/// A 48-bit Ethernet hardware address.
public struct MACAddress: Sendable, Hashable, CustomStringConvertible {
    /// The six address bytes, in transmission order.
    public let bytes: [UInt8]

    /// Creates an address from exactly six bytes; returns `nil` for any other count.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count == 6 else {
            return nil
        }
        self.bytes = bytes
    }

    /// Whether the address is locally administered (bit 1 of the first byte set), so it can never collide with an
    /// address a manufacturer assigned.
    public var isLocallyAdministered: Bool { bytes[0] & 0x02 != 0 }

    /// Whether the address names a single station rather than a group.
    public var isUnicast: Bool { bytes[0] & 0x01 == 0 }

    /// The address as six colon-separated lower-case hexadecimal pairs, such as `02:00:00:00:00:0a`.
    public var description: String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: ":")
    }
}
