/// A connection recorded by the scenario catalog, reduced to what seeds are made of: each side's writes.
public struct FuzzRecording: Sendable, Hashable {
    /// A name for the seeds made from it, such as the scenario case's identifier.
    public var name: String
    /// The client's writes, in order.
    public var clientWrites: [[UInt8]]
    /// The server's writes, in order.
    public var serverWrites: [[UInt8]]

    /// Creates a recording.
    public init(name: String, clientWrites: [[UInt8]], serverWrites: [[UInt8]]) {
        self.name = name
        self.clientWrites = clientWrites
        self.serverWrites = serverWrites
    }
}
