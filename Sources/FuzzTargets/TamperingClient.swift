internal import Policy
internal import TLS

/// A real TLS client whose writes are altered on the way out: chosen bytes of its output stream are XORed with
/// chosen masks. Everything else (what it received, whether it completed) is the wrapped endpoint's.
final class TamperingClient: HandshakeParticipant {
    private let endpoint: any HandshakeParticipant
    private let masks: [Int: UInt8]
    private var written = 0

    /// Wraps a client.
    ///
    /// - Parameters:
    ///   - endpoint: The client whose output is altered.
    ///   - masks: For each offset in the client's output stream, the mask to XOR into that byte.
    init(_ endpoint: any HandshakeParticipant, masks: [Int: UInt8]) {
        self.endpoint = endpoint
        self.masks = masks
    }

    /// Reads masks from bytes: three bytes each, a big-endian 16-bit stream offset and the mask.
    ///
    /// - Parameter bytes: The encoded masks; a last incomplete triple is ignored.
    /// - Returns: The masks; two masks for one offset are combined.
    static func masks(from bytes: ArraySlice<UInt8>) -> [Int: UInt8] {
        var masks: [Int: UInt8] = [:]
        var index = bytes.startIndex
        while index + 3 <= bytes.endIndex {
            let offset = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            masks[offset, default: 0] ^= bytes[index + 2]
            index += 3
        }
        return masks
    }

    var role: EndpointRole { endpoint.role }
    var isComplete: Bool { endpoint.isComplete }
    var hasFailed: Bool { endpoint.hasFailed }
    var report: EndpointReport { endpoint.report }
    var keyLog: [String] { endpoint.keyLog }

    func receive(_ bytes: [UInt8]) {
        endpoint.receive(bytes)
    }

    func advance() {
        endpoint.advance()
    }

    func takeOutput() -> [UInt8] {
        var bytes = endpoint.takeOutput()
        for index in bytes.indices {
            if let mask = masks[written + index] {
                bytes[index] ^= mask
            }
        }
        written += bytes.count
        return bytes
    }

    func close() {
        endpoint.close()
    }
}
