internal import Policy
internal import TLS

/// A client that says nothing of its own: it writes prepared byte strings, one per step of the connection,
/// whatever the server answers. The handshake fuzz target uses it to feed raw bytes as a client's flights.
final class ScriptedClient: HandshakeParticipant {
    let role = EndpointRole.client
    let report = EndpointReport(role: .client)
    let keyLog: [String] = []
    let isComplete = false
    let hasFailed = false
    private var flights: [[UInt8]]
    private var output: [UInt8] = []

    /// Creates a client that will write `flights` in order, one each time it is advanced.
    init(flights: [[UInt8]]) {
        self.flights = flights
    }

    /// Cuts bytes into flights: each flight is a two-byte big-endian length and that many bytes; a last length
    /// that runs past the end takes what is left.
    ///
    /// - Parameter bytes: The encoded flights.
    /// - Returns: At most 16 flights; an empty input gives none.
    static func flights(from bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        var flights: [[UInt8]] = []
        var rest = bytes
        while rest.count >= 2, flights.count < 16 {
            let length = Int(rest[rest.startIndex]) << 8 | Int(rest[rest.startIndex + 1])
            rest = rest.dropFirst(2)
            flights.append(Array(rest.prefix(length)))
            rest = rest.dropFirst(length)
        }
        return flights
    }

    /// Writes flights in the encoding ``flights(from:)`` reads.
    ///
    /// - Parameter flights: The flights, each shorter than 64 KiB.
    /// - Returns: The encoding.
    static func encode(_ flights: [[UInt8]]) -> [UInt8] {
        flights.flatMap { flight in [UInt8(flight.count >> 8 & 0xFF), UInt8(flight.count & 0xFF)] + flight }
    }

    func receive(_ bytes: [UInt8]) {}

    func advance() {
        guard !flights.isEmpty else {
            return
        }
        output += flights.removeFirst()
    }

    func takeOutput() -> [UInt8] {
        defer { output = [] }
        return output
    }

    func close() {}
}
