import Capture
import Conformance
import Foundation
import Policy

/// `mtls-harness run`: runs the catalog against a policy and prints one row per case.
enum RunCommand {
    static let help = """
        USAGE: mtls-harness run [--policy PRESET|FILE] [--filter GLOB] [--format table|json] [--jobs N]
                                [--capture failures|all|none] [--captures DIR]

        Runs every scenario of the catalog against a policy: one side misbehaves, the other enforces the
        policy, and each case passes only when the policy refuses for the expected reason (or accepts, for
        baselines) and the scenario's harmless twin is accepted.

        OPTIONS:
          --policy PRESET|FILE  A preset (nhi-strict, mozilla-modern, mozilla-intermediate,
                                insecure-permissive) or a policy JSON file. Default: nhi-strict.
          --filter GLOB         Run only scenarios whose id matches the glob (* and ?), such as 'client.*'.
          --format table|json   Output format. Default: table.
          --jobs N              Handshakes to run at once. Default: the number of cores.
          --capture MODE        Which handshakes to save as pcapng: failures (every handshake that did not
                                complete and every case whose verdict failed), all, or none. Default: failures.
          --captures DIR        Where captures go, one file per case, replacing older ones. Default: captures.
          -h, --help            Show this help.

        EXIT STATUS:
          0 every case passed, 1 a case failed or was broken, 64 bad arguments, 65 bad policy file,
          66 policy file missing, 70 OpenSSL could not generate the PKI, 73 a capture could not be written.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "run")
        if parser.printsHelp(help) { return .success }
        let policyValue = try parser.value("--policy")
        let filter = try parser.value("--filter")
        let format = try parser.value("--format") ?? "table"
        let jobsValue = try parser.value("--jobs")
        let captureValue = try parser.value("--capture") ?? "failures"
        let captureDirectory = try parser.value("--captures") ?? "captures"
        _ = try parser.finish()
        guard format == "table" || format == "json" else {
            throw .usage("--format must be table or json, not '\(format)'", command: "run")
        }
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let jobsValue {
            guard let parsed = Int(jobsValue), (1...256).contains(parsed) else {
                throw .usage("--jobs must be a whole number from 1 to 256, not '\(jobsValue)'", command: "run")
            }
            jobs = parsed
        }
        guard let captureMode = CaptureMode(captureValue) else {
            throw .usage("--capture must be failures, all or none, not '\(captureValue)'", command: "run")
        }
        guard !captureDirectory.isEmpty else { throw .usage("--captures needs a folder", command: "run") }
        let policy = try PolicyArgument.load(policyValue)
        // A filter matches a scenario id (client.expired-cert) or a case id (client.expired-cert@tls13).
        let glob = filter.map(Glob.init)
        let caseSuffixes = [""] + TLSVersion.allCases.map { "@\($0.shortName)" }
        let scenarios = Catalog.all.filter { scenario in
            glob.map { glob in caseSuffixes.contains { glob.matches(scenario.id + $0) } } ?? true
        }
        guard !scenarios.isEmpty else {
            throw .usage("no scenario matches '\(filter ?? "")'", command: "run")
        }
        let referenceTime = Date()
        let runner: ScenarioRunner
        do {
            runner = try ScenarioRunner(policy: policy, referenceTime: referenceTime, jobs: jobs)
        } catch {
            throw CommandLineError(status: .software, message: "cannot generate the scenario PKI: \(error)")
        }
        let results = runner.run(scenarios) { done, total in Output.progress(done, total, label: "handshakes") }
            .filter { result in
                glob.map { $0.matches(result.id) || $0.matches(result.scenarioCase.scenario.id) } ?? true
            }
        let recorder = CaptureRecorder(
            mode: captureMode, directory: captureDirectory, application: "mtls-harness \(MTLSHarness.version)"
        )
        let (recorded, captureErrors) = recorder.record(results)
        let report = RunReport(policyName: policy.name, referenceTime: runner.pki.referenceTime, results: recorded)
        Output.result(format == "json" ? report.json() : report.table())
        // One line per distinct problem: a folder that cannot be created fails every capture the same way.
        var reported = Set<String>()
        for error in captureErrors where reported.insert(error.reason).inserted {
            let count = captureErrors.filter { $0.reason == error.reason }.count
            Output.error("\(count == 1 ? "a capture" : "\(count) captures") not written: \(error.reason)")
        }
        if !captureErrors.isEmpty { return .cannotCreate }
        return report.allPassed ? .success : .failure
    }
}
