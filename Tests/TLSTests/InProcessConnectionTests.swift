import Foundation
import PKI
import Policy
import TLS
import Testing
import Wire

@Suite("In-process connection")
struct InProcessConnectionTests {
    static let referenceTime = Date(timeIntervalSince1970: 1_800_000_000)
    static let pki = try! ScenarioPKI.generate(referenceTime: referenceTime)
    /// nhi-strict with the PKI's keys pinned, as a run enforces it.
    static let policy: TLSPolicy = {
        var policy = TLSPolicy.nhiStrict
        policy.pinning.pins = pki.pins
        return policy
    }()

    static func trust(for role: EndpointRole) -> EndpointConfiguration.PeerVerification {
        EndpointConfiguration.PeerVerification(
            policy: policy, trustAnchors: [pki.trustAnchor], crls: pki.crls, referenceTime: referenceTime,
            expectedHostName: role == .client ? pki.serverName : nil
        )
    }

    static func endpoint(_ role: EndpointRole, _ variant: CertificateVariant = .valid) throws -> OpenSSLEndpoint {
        try OpenSSLEndpoint(
            .enforcing(policy, role: role, credentials: [pki.credential(for: role, variant)], trust: trust(for: role))
        )
    }

    /// A clock that advances one microsecond per reading, so transcripts are reproducible.
    final class SteppingClock: @unchecked Sendable {
        var now: UInt64 = 1_800_000_000_000_000_000
        func read() -> UInt64 {
            now += 1_000
            return now
        }
    }

    @Test("two enforcing endpoints complete a TLS 1.3 handshake and both log secrets")
    func enforcingPairCompletes() throws {
        let clock = SteppingClock()
        let outcome = InProcessConnection().run(
            client: try Self.endpoint(.client), server: try Self.endpoint(.server), clock: clock.read
        )
        #expect(outcome.result == .completed)
        #expect(outcome.client.version == "TLSv1.3" && outcome.server.version == "TLSv1.3")
        #expect(outcome.client.fatalAlertSent == nil && outcome.server.fatalAlertSent == nil)
        #expect(outcome.transcript.keyLog.contains { $0.hasPrefix("CLIENT_HANDSHAKE_TRAFFIC_SECRET ") })
        #expect(outcome.transcript.keyLog.contains { $0.hasPrefix("SERVER_TRAFFIC_SECRET_0 ") })
        #expect(outcome.transcript.closes.map(\.kind) == [.fin, .fin])
        let times = outcome.transcript.writes.map(\.timestamp)
        #expect(times == times.sorted())
        // The first write is the ClientHello: a handshake record.
        #expect(outcome.transcript.writes.first?.direction == .clientToServer)
        #expect(outcome.transcript.writes.first?.bytes.first == 0x16)
    }

    @Test("a TLS 1.3 server that refuses the client certificate is seen by the client after it finished")
    func lateRefusalReachesClient() throws {
        let outcome = InProcessConnection().run(
            client: try Self.endpoint(.client, .expired), server: try Self.endpoint(.server)
        )
        #expect(outcome.result == .refused)
        #expect(outcome.server.fatalAlertSent == .certificateExpired)
        #expect(outcome.server.verificationError == .certificateHasExpired)
        #expect(outcome.client.alertsReceived.contains { $0.alert == .certificateExpired && $0.isFatal })
    }

    /// A participant that never writes anything.
    final class Silent: HandshakeParticipant {
        let role: EndpointRole
        init(_ role: EndpointRole) { self.role = role }
        func receive(_ bytes: [UInt8]) {}
        func advance() {}
        func takeOutput() -> [UInt8] { [] }
        var isComplete: Bool { false }
        var hasFailed: Bool { false }
        func close() {}
        var report: EndpointReport { EndpointReport(role: role) }
        var keyLog: [String] { [] }
    }

    @Test("a handshake that stops making progress is reported as stalled and reset")
    func silentPeerStalls() throws {
        let outcome = InProcessConnection(stepBound: 8).run(client: try Self.endpoint(.client), server: Silent(.server))
        #expect(outcome.result == .stalled)
        #expect(outcome.steps <= 8)
        #expect(outcome.transcript.closes.map(\.kind) == [.reset])
    }

    @Test("OpenSSL refusing a setting is an error naming it, with OpenSSL's queue")
    func rejectedSettingIsAnError() throws {
        var configuration = EndpointConfiguration.insecureMisbehaving(role: .client, credentials: [])
        configuration.cipherList = "NO-SUCH-CIPHER"
        #expect {
            _ = try OpenSSLEndpoint(configuration)
        } throws: { error in
            guard let error = error as? TLSError else { return false }
            return error.code == .configurationRejected && error.reason.contains("NO-SUCH-CIPHER")
                && !error.openSSLErrors.isEmpty
        }
    }

    @Test("a raw server answering TLS 1.0 is refused by a TLS 1.2+ client with protocol_version")
    func rawLegacyServerIsRefused() throws {
        let outcome = InProcessConnection().run(
            client: try Self.endpoint(.client), server: RawVersionServer(answeringWith: .tls1_0)
        )
        #expect(outcome.result == .refused)
        #expect(outcome.client.fatalAlertSent == .protocolVersion)
        #expect(outcome.server.alertsReceived.first?.alert == .protocolVersion)
    }
}
