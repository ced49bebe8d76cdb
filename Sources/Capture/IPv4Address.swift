/// A 32-bit IPv4 address.
public struct IPv4Address: Sendable, Hashable, CustomStringConvertible {
    /// The four address bytes, most significant first.
    public let bytes: [UInt8]

    /// Creates an address from its four dotted-decimal parts, such as `IPv4Address(192, 0, 2, 10)`.
    public init(_ first: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8) {
        bytes = [first, second, third, fourth]
    }

    /// Creates an address from exactly four bytes; returns `nil` for any other count.
    public init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        guard bytes.count == 4 else {
            return nil
        }
        self.bytes = Array(bytes)
    }

    /// Whether the address lies in one of the three documentation ranges of RFC 5737 (TEST-NET-1, -2 and -3), which
    /// are never routed, so a capture that uses them cannot be mistaken for traffic of a real host.
    public var isDocumentationAddress: Bool {
        let prefix = Array(bytes[0..<3])
        return prefix == [192, 0, 2] || prefix == [198, 51, 100] || prefix == [203, 0, 113]
    }

    /// The address in dotted-decimal form, such as `192.0.2.10`.
    public var description: String {
        bytes.map(String.init).joined(separator: ".")
    }
}
