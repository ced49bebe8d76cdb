import Conformance
import Foundation
import Policy

/// `mtls-harness bench`: the speed ratios the project tracks.
enum BenchCommand {
    static let help = """
        USAGE: mtls-harness bench [--rounds N]

        Measures, within one run so that a busy machine skews both sides alike:
          - certificate parsing: this tool's X.509 reader against OpenSSL's d2i_X509 on the same bytes
            (every certificate of the scenario PKI);
          - capture cost: the catalog under nhi-strict with every capture written against the same catalog
            with none (one job, captures to a temporary folder that is removed afterwards).
        Each measurement is the best of N rounds. Build with -c release for numbers that mean anything:
          swift run -c release mtls-harness bench

        EXIT STATUS:
          0 measured, 64 bad arguments, 70 the measurement failed.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "bench")
        if parser.printsHelp(help) { return .success }
        let roundsValue = try parser.value("--rounds") ?? "5"
        _ = try parser.finish()
        guard let rounds = Int(roundsValue), (1...100).contains(rounds) else {
            throw .usage("--rounds must be a whole number from 1 to 100, not '\(roundsValue)'", command: "bench")
        }
        let benchmark = Benchmark(rounds: rounds)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtls-harness-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let comparisons: [Benchmark.Comparison]
        do {
            comparisons = [
                try benchmark.certificateParsing(),
                try benchmark.captureCost(policy: .nhiStrict, directory: folder.path),
            ]
        } catch {
            throw CommandLineError(status: .software, message: "benchmark failed: \(error)")
        }
        var lines: [String] = []
        for comparison in comparisons {
            lines.append(comparison.title)
            for measurement in [comparison.subject, comparison.reference] {
                let value = Self.format(measurement.secondsPerOperation)
                lines.append("  \(measurement.name.padding(toLength: 32, withPad: " ", startingAt: 0))  \(value)")
            }
            let ratio = String(format: "%.2f", 1 / comparison.speedup)
            lines.append("  time of the first / the second      \(ratio)")
        }
        Output.result(lines.joined(separator: "\n") + "\n")
        return .success
    }

    private static func format(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%8.3f s/op", seconds) }
        if seconds >= 1e-3 { return String(format: "%8.3f ms/op", seconds * 1e3) }
        return String(format: "%8.3f us/op", seconds * 1e6)
    }
}
