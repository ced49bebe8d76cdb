public import Wire

/// One TCP connection rebuilt from captured packets: who talked, and what they wrote.
public struct ReassembledConnection: Sendable, Hashable {
    /// The end that sent the SYN.
    public var client: TCPEndpoint
    /// The end the SYN was sent to.
    public var server: TCPEndpoint
    /// The writes and closes in capture order, the key log the caller supplied, and the SYN's time as the opening
    /// time.
    public var transcript: Transcript

    /// Creates a reassembled connection.
    public init(client: TCPEndpoint, server: TCPEndpoint, transcript: Transcript) {
        self.client = client
        self.server = server
        self.transcript = transcript
    }
}
