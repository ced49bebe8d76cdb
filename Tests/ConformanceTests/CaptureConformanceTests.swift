import Capture
import Conformance
import Foundation
import Testing
import Wire

/// Every catalog case's capture, read back with libpcap and decoded by tshark.
@Suite("Captures of the catalog")
struct CaptureConformanceTests {
    static let folder = FileManager.default.temporaryDirectory.appendingPathComponent("captures-\(UUID())").path

    /// The strict run's results with a capture for every case.
    static let recorded: [String: ScenarioResult] = {
        let recorder = CaptureRecorder(mode: .all, directory: folder, application: "mtls-harness tests")
        let results = ConformanceFixtures.strictCaseIDs.compactMap { ConformanceFixtures.strictResults[$0] }
        return Dictionary(uniqueKeysWithValues: recorder.record(results).results.map { ($0.id, $0) })
    }()

    @Test(
        "every capture reads back through libpcap as the connection that was recorded",
        arguments: ConformanceFixtures.strictCaseIDs)
    func readsBack(caseID: String) throws {
        let result = try #require(Self.recorded[caseID])
        let path = try #require(result.capturePath, "\(caseID) has no capture")
        let transcript = try #require(result.observation?.outcome.transcript)
        let file = try CaptureFile(contentsOf: path)
        #expect(file.keyLog == transcript.keyLog)
        #expect(file.comment?.hasPrefix(caseID) == true)
        let expectedFrames = try TCPFramer(captureIndex: 0).frames(for: transcript).count
        #expect(file.packets.count == expectedFrames)
        let times = file.packets.map(\.timestamp)
        #expect(times == times.sorted(), "timestamps go backwards")
        let connection = try file.connection(verifyingChecksums: true)
        #expect(connection.server.port == 443)
        #expect(connection.transcript.writes.map(\.bytes) == transcript.writes.map(\.bytes))
        #expect(connection.transcript.writes.map(\.direction) == transcript.writes.map(\.direction))
    }

    @Test(
        "tshark decodes each capture: the transcript's messages, the expected alert, TLS 1.3 certificates",
        .enabled(if: Tshark.path != nil, "needs tshark (Debian package tshark; make test installs it)"),
        arguments: ConformanceFixtures.strictCaseIDs)
    func tsharkDecodes(caseID: String) throws {
        let result = try #require(Self.recorded[caseID])
        let path = try #require(result.capturePath)
        let transcript = try #require(result.observation?.outcome.transcript)
        let decoded = try Tshark.tlsFields(of: path)
        // What this project's own inspection decoded must appear, in order, in what tshark decoded.
        let inspection = try HandshakeInspection(transcript: transcript)
        let ours = inspection.events.compactMap { event -> Int? in
            if case .handshake(let message) = event.content { return Int(message.type.rawValue) }
            return nil
        }
        #expect(isSubsequence(ours, of: decoded.handshakeTypes), "ours \(ours), tshark \(decoded.handshakeTypes)")
        if let alert = result.scenarioCase.expectedAlert {
            #expect(decoded.alerts.contains(Int(alert.code)), "tshark saw alerts \(decoded.alerts), not \(alert)")
        } else {
            #expect(decoded.alerts.allSatisfy { $0 == 0 }, "an accepted case has only close_notify: \(decoded.alerts)")
        }
        if inspection.version == .tls13, result.scenarioCase.scenario.fault.description != "sends no certificate" {
            #expect(decoded.handshakeTypes.contains(11), "tshark did not decrypt a Certificate message")
        }
    }

    private func isSubsequence(_ small: [Int], of large: [Int]) -> Bool {
        var iterator = large.makeIterator()
        return small.allSatisfy { wanted in
            while let next = iterator.next() { if next == wanted { return true } }
            return false
        }
    }
}
