/// One link-layer frame of a capture, with the time it was seen.
public struct CapturedPacket: Sendable, Hashable {
    /// When the frame was seen, in nanoseconds since the Unix epoch.
    public var timestamp: UInt64
    /// The bytes that were captured, starting with the Ethernet header.
    public var bytes: [UInt8]
    /// The length of the frame on the wire; larger than `bytes.count` when the capture cut the frame short.
    public var originalLength: Int

    /// Creates a packet.
    ///
    /// - Parameters:
    ///   - timestamp: When the frame was seen, in nanoseconds since the Unix epoch.
    ///   - bytes: The captured bytes.
    ///   - originalLength: The length on the wire; `nil` means the whole frame was captured.
    public init(timestamp: UInt64, bytes: [UInt8], originalLength: Int? = nil) {
        self.timestamp = timestamp
        self.bytes = bytes
        self.originalLength = originalLength ?? bytes.count
    }
}
