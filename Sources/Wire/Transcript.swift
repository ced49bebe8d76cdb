/// The side of a TLS connection that wrote a piece of traffic.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bytes the client wrote, travelling to the server.
    case clientToServer
    /// Bytes the server wrote, travelling to the client.
    case serverToClient

    /// The opposite direction.
    public var reversed: Direction {
        self == .clientToServer ? .serverToClient : .clientToServer
    }
}

/// Everything that crossed one in-process connection, in the order it was written.
///
/// The in-process transport records a ``Transcript`` as the endpoints talk; the capture writer turns it into
/// packets. Times are nanoseconds since the Unix epoch, taken when each write happened.
public struct Transcript: Sendable, Hashable {
    /// One write by one endpoint: the bytes it handed to the transport in one go.
    public struct Write: Sendable, Hashable {
        /// Who wrote the bytes.
        public var direction: Direction
        /// When they were written, in nanoseconds since the Unix epoch.
        public var timestamp: UInt64
        /// The bytes, exactly as written.
        public var bytes: [UInt8]

        /// Creates a write record.
        public init(direction: Direction, timestamp: UInt64, bytes: [UInt8]) {
            self.direction = direction
            self.timestamp = timestamp
            self.bytes = bytes
        }
    }

    /// How an endpoint ended the connection.
    public struct Close: Sendable, Hashable {
        /// How a connection is torn down at the transport level.
        public enum Kind: String, Sendable, Hashable {
            /// An orderly shutdown: the endpoint sent FIN.
            case fin
            /// An abortive shutdown: the endpoint reset the connection.
            case reset
        }

        /// The endpoint that closed: `.clientToServer` means the client closed.
        public var direction: Direction
        /// Orderly or abortive.
        public var kind: Kind
        /// When it happened, in nanoseconds since the Unix epoch.
        public var timestamp: UInt64

        /// Creates a close record.
        public init(direction: Direction, kind: Kind, timestamp: UInt64) {
            self.direction = direction
            self.kind = kind
            self.timestamp = timestamp
        }
    }

    /// When the connection was opened, in nanoseconds since the Unix epoch.
    public var openedAt: UInt64
    /// The writes in the order they happened.
    public var writes: [Write]
    /// The closes in the order they happened; empty when the connection was left open.
    public var closes: [Close]
    /// The TLS secrets of this connection in NSS key log format, one line per secret, as both endpoints logged
    /// them (`CLIENT_RANDOM` for TLS 1.2, the `*_TRAFFIC_SECRET_0` labels for TLS 1.3).
    public var keyLog: [String]

    /// Creates a transcript.
    public init(openedAt: UInt64, writes: [Write] = [], closes: [Close] = [], keyLog: [String] = []) {
        self.openedAt = openedAt
        self.writes = writes
        self.closes = closes
        self.keyLog = keyLog
    }

    /// All bytes written in one direction, concatenated in order: the TCP stream that direction carries.
    public func stream(_ direction: Direction) -> [UInt8] {
        writes.lazy.filter { $0.direction == direction }.reduce(into: []) { $0 += $1.bytes }
    }
}
