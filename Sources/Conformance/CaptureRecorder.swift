import Capture
import Foundation

/// Writes the captures a run keeps: one pcapng file per scenario case, named after the case, holding the
/// handshake and the TLS secrets that decrypt it.
public struct CaptureRecorder: Sendable {
    /// Which cases get a capture.
    public var mode: CaptureMode
    /// Where the files go and what they name as their writer.
    public var store: CaptureStore

    /// Creates a recorder.
    public init(mode: CaptureMode, directory: String, application: String) {
        self.mode = mode
        store = CaptureStore(directory: directory, application: application)
    }

    /// The file stem of a case: its id with the version after a dot (`client.expired-cert.tls13`).
    public static func stem(for scenarioCase: ScenarioCase) -> String {
        scenarioCase.id.replacingOccurrences(of: "@", with: ".")
    }

    /// Writes the captures the mode keeps and returns the results with their capture paths filled in.
    ///
    /// - Returns: The results, and one error per capture that could not be written.
    public func record(_ results: [ScenarioResult]) -> (results: [ScenarioResult], errors: [CaptureError]) {
        var recorded = results
        var errors: [CaptureError] = []
        for index in recorded.indices {
            let result = recorded[index]
            guard let observation = result.observation else { continue }
            let failed = observation.outcome.result != .completed || result.verdict.isFailure
            guard mode.keepsCapture(failed: failed) else { continue }
            let comment =
                "\(result.id): expected \(RunReport.expected(result)); \(observation.summary); "
                + "verdict \(result.verdict.status.rawValue)"
            do {
                recorded[index].capturePath = try store.write(
                    observation.outcome.transcript, stem: Self.stem(for: result.scenarioCase), comment: comment,
                    captureIndex: index
                )
            } catch {
                errors.append(error)
            }
        }
        return (recorded, errors)
    }
}
