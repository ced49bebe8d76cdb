import Conformance
import Foundation
import FuzzTargets

/// Writes the generated seeds of every fuzz target into `<corpora>/<target>/`, replacing the seeds a previous
/// run generated and leaving every other file (inputs libFuzzer found, kept crashers) alone.
///
/// Usage: `generate-corpora CORPORA_FOLDER`. The seeds come from the fuzz fixtures and from one run of the
/// scenario catalog under `nhi-strict` at a fixed reference time, whose recorded connections seed the
/// `records` and `handshake` targets.
@main
struct GenerateCorpora {
    /// How many recorded connections seed each of the `records` and `handshake` targets.
    static let recordingLimit = 12

    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: generate-corpora CORPORA_FOLDER\n".utf8))
            exit(64)
        }
        let corpora = URL(fileURLWithPath: arguments[1], isDirectory: true)
        let recordings = try catalogRecordings()
        let files = FileManager.default
        for target in FuzzTarget.all {
            let folder = corpora.appendingPathComponent(target.name, isDirectory: true)
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            for old in try files.contentsOfDirectory(atPath: folder.path) where old.hasPrefix(FuzzSeed.prefix) {
                try files.removeItem(at: folder.appendingPathComponent(old))
            }
            let seeds = target.generatedSeeds(recordings: recordings)
            for seed in seeds {
                try Data(seed.bytes).write(to: folder.appendingPathComponent(seed.name))
            }
            print("\(target.name): \(seeds.count) seeds")
        }
    }

    /// Runs the catalog and keeps a spread of its connections, both accepted and refused.
    static func catalogRecordings() throws -> [FuzzRecording] {
        let runner = try ScenarioRunner(policy: .nhiStrict, referenceTime: Date(timeIntervalSince1970: 1_800_000_000))
        let recorded = runner.run(Catalog.all).compactMap { result -> FuzzRecording? in
            guard let transcript = result.observation?.outcome.transcript else {
                return nil
            }
            return FuzzRecording(
                name: result.id,
                clientWrites: transcript.writes.filter { $0.direction == .clientToServer }.map(\.bytes),
                serverWrites: transcript.writes.filter { $0.direction == .serverToClient }.map(\.bytes)
            )
        }
        let step = max(1, recorded.count / recordingLimit)
        return stride(from: 0, to: recorded.count, by: step).prefix(recordingLimit).map { recorded[$0] }
    }
}
