import Policy
import Wire

/// A hand-built server that answers the client's hello with a ServerHello for a fixed legacy version, whatever
/// the client offered, then only listens. OpenSSL cannot be configured to do this, because it refuses the
/// version itself before the client under test could.
///
/// - Warning: This participant exists to attack a client's version floor. It never completes a handshake.
public final class RawVersionServer: HandshakeParticipant {
    /// Client or server.
    public let role = EndpointRole.server
    private let version: TLSVersion
    private var input: [UInt8] = []
    private var output: [UInt8] = []
    private var answered = false
    private var records = RecordReader()
    /// What this side saw and did.
    public private(set) var report = EndpointReport(role: .server)
    /// Whether this side has failed and will do nothing more.
    public private(set) var hasFailed = false
    /// Whether the handshake completed on this side.
    public var isComplete: Bool { false }
    /// The NSS key log lines this side produced.
    public var keyLog: [String] { [] }

    /// Creates a server that answers with `version`, which must be TLS 1.2 or lower.
    public init(answeringWith version: TLSVersion) {
        precondition(version <= .tls1_2, "a raw ServerHello cannot choose TLS 1.3")
        self.version = version
    }

    /// Hands over bytes the peer wrote.
    public func receive(_ bytes: [UInt8]) {
        if answered {
            records.append(bytes)
        } else {
            input += bytes
        }
    }

    /// Does whatever the received bytes allow, without waiting.
    public func advance() {
        guard !hasFailed else { return }
        if !answered {
            do {
                // ECDHE-ECDSA-AES128-SHA exists in every version from TLS 1.0 to 1.2.
                output += try RawServer.answer(
                    clientHello: input, choosing: ProtocolVersion(rawValue: version.wireValue),
                    cipherSuite: CipherSuite(rawValue: 0xC009)
                )
                answered = true
                report.version = version.rawValue
            } catch let error as WireError where error.code == .truncated {
                return
            } catch {
                hasFailed = true
                report.openSSLErrors = ["the client's hello could not be read: \(error)"]
            }
            return
        }
        // Note the alerts the client sends back; anything else is of no interest.
        while let next = try? records.next() {
            guard next.record.contentType == .alert, next.record.fragment.count == 2 else { continue }
            let fragment = next.record.fragment
            report.alertsReceived.append(.init(isFatal: fragment[0] == 2, alert: TLSAlert(code: fragment[1])))
        }
    }

    /// Removes and returns the bytes written since the last call.
    public func takeOutput() -> [UInt8] {
        defer { output = [] }
        return output
    }

    /// Starts an orderly close after a completed handshake.
    public func close() {}
}
