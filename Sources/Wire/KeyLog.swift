/// The TLS secrets of NSS key log lines (`LABEL <client random hex> <secret hex>`), looked up by label and
/// client random.
public struct KeyLog: Sendable, Hashable {
    /// The label of the client's TLS 1.3 handshake traffic secret.
    public static let clientHandshakeTrafficSecret = "CLIENT_HANDSHAKE_TRAFFIC_SECRET"
    /// The label of the server's TLS 1.3 handshake traffic secret.
    public static let serverHandshakeTrafficSecret = "SERVER_HANDSHAKE_TRAFFIC_SECRET"
    /// The label of the client's first TLS 1.3 application traffic secret.
    public static let clientApplicationTrafficSecret = "CLIENT_TRAFFIC_SECRET_0"
    /// The label of the server's first TLS 1.3 application traffic secret.
    public static let serverApplicationTrafficSecret = "SERVER_TRAFFIC_SECRET_0"

    private struct Key: Hashable, Sendable {
        var label: String
        var clientRandom: [UInt8]
    }

    private var secrets: [Key: [UInt8]] = [:]

    /// Reads key log lines; comments, blank lines and lines that are not `LABEL hex hex` are skipped.
    public init(lines: [String]) {
        for line in lines {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 3, !fields[0].hasPrefix("#"),
                let random = Hex.bytes(fields[1]), random.count == 32,
                let secret = Hex.bytes(fields[2]), !secret.isEmpty
            else { continue }
            secrets[Key(label: String(fields[0]), clientRandom: random)] = secret
        }
    }

    /// Whether no secret was read.
    public var isEmpty: Bool { secrets.isEmpty }

    /// The secret logged under `label` for the connection whose ClientHello carried `clientRandom`.
    public func secret(_ label: String, clientRandom: [UInt8]) -> [UInt8]? {
        secrets[Key(label: label, clientRandom: clientRandom)]
    }
}
