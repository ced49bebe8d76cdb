import Foundation
import FuzzTargets
import Testing

/// Replays every file of every fuzz target's corpus through the target's entry function, as libFuzzer would.
///
/// A broken property stops the test process (the entry functions trap), which fails the run; so every crash a
/// campaign found, and whose input was kept in `corpora/<target>/`, is checked again on each `swift test`.
@Suite
struct FuzzReplayTests {
    /// The repository's `corpora` folder, found from this file's path.
    static let corpora = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora", isDirectory: true)

    /// The files of one target's corpus, sorted by name.
    static func corpus(of target: FuzzTarget) throws -> [URL] {
        let folder = corpora.appendingPathComponent(target.name, isDirectory: true)
        return try FileManager.default.contentsOfDirectory(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]
        ).sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("every corpus file replays without breaking its target's property", arguments: FuzzTarget.all)
    func replaysCorpus(_ target: FuzzTarget) throws {
        let files = try Self.corpus(of: target)
        #expect(!files.isEmpty, "corpora/\(target.name) holds no seeds")
        var counts: [FuzzOutcome: Int] = [:]
        for file in files {
            let outcome = target.run(Array(try Data(contentsOf: file)))
            counts[outcome, default: 0] += 1
        }
        #expect(counts[.accepted, default: 0] > 0, "no seed of corpora/\(target.name) is accepted: \(counts)")
    }

    @Test("every corpus keeps generated seeds", arguments: FuzzTarget.all)
    func corpusHasGeneratedSeeds(_ target: FuzzTarget) throws {
        let names = try Self.corpus(of: target).map(\.lastPathComponent)
        #expect(names.contains { $0.hasPrefix(FuzzSeed.prefix) }, "corpora/\(target.name) has no generated seed")
    }

    @Test("the seeds made without recordings include one each target accepts", arguments: FuzzTarget.all)
    func generatedSeedsAreAccepted(_ target: FuzzTarget) {
        let seeds = target.generatedSeeds()
        guard target != .records else {
            #expect(seeds.isEmpty, "records seeds come only from recorded connections")
            return
        }
        #expect(seeds.contains { target.run($0.bytes) == .accepted })
        #expect(Set(seeds.map(\.name)).count == seeds.count, "two seeds of \(target) share a name")
    }

    @Test("an empty input is rejected by every target", arguments: FuzzTarget.all)
    func emptyInputIsRejected(_ target: FuzzTarget) {
        #expect(target.run([]) == .rejected)
    }

    @Test("targets are found by name")
    func targetsAreFoundByName() {
        #expect(FuzzTarget.all.map(\.name) == ["der", "x509", "pem", "pins", "policy", "records", "handshake"])
        #expect(FuzzTarget.all.allSatisfy { FuzzTarget.named($0.name) == $0 })
        #expect(FuzzTarget.named("nothing") == nil)
    }
}
