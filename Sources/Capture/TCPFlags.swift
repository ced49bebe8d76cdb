/// The control bits of a TCP header (RFC 9293).
public struct TCPFlags: OptionSet, Sendable, Hashable {
    /// The bits as they appear in the low byte of the header's flags field.
    public let rawValue: UInt8

    /// Creates a set of flags from header bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// No more data from the sender.
    public static let fin = TCPFlags(rawValue: 0x01)
    /// Synchronize sequence numbers: opens a connection.
    public static let syn = TCPFlags(rawValue: 0x02)
    /// Reset the connection.
    public static let rst = TCPFlags(rawValue: 0x04)
    /// Push: the sender asks for the data to be delivered now; the framer sets it on the last segment of a write.
    public static let psh = TCPFlags(rawValue: 0x08)
    /// The acknowledgement number is valid.
    public static let ack = TCPFlags(rawValue: 0x10)
    /// The urgent pointer is valid.
    public static let urg = TCPFlags(rawValue: 0x20)
}
