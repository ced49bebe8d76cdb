import Capture
import Foundation
import PKI
import Policy
import X509

/// Measures the speeds the project cares about, as ratios taken within one run, since the machines are shared
/// and absolute times mean little: the project's X.509 reader against OpenSSL's `d2i_X509` on the same bytes,
/// and the catalog with every capture written against the catalog with none.
public struct Benchmark: Sendable {
    /// One measurement.
    public struct Measurement: Sendable {
        /// What was measured.
        public var name: String
        /// Seconds per operation, the best of the rounds.
        public var secondsPerOperation: Double
        /// How many operations each round did.
        public var operations: Int
    }

    /// One comparison of two measurements.
    public struct Comparison: Sendable {
        /// What the comparison shows.
        public var title: String
        /// The thing under test.
        public var subject: Measurement
        /// What it is compared with.
        public var reference: Measurement

        /// How many times faster the subject is than the reference (below 1 when slower).
        public var speedup: Double { reference.secondsPerOperation / subject.secondsPerOperation }
    }

    /// How many times each measurement repeats; the fastest round counts.
    public var rounds: Int

    /// Creates a benchmark.
    public init(rounds: Int = 5) {
        self.rounds = max(1, rounds)
    }

    private func measure(_ name: String, operations: Int, _ body: () throws -> Void) rethrows -> Measurement {
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(name: name, secondsPerOperation: best / Double(operations), operations: operations)
    }

    /// The project's certificate reader against `d2i_X509`, on every certificate of a scenario PKI.
    public func certificateParsing(iterations: Int = 200) throws -> Comparison {
        let pki = try ScenarioPKI.generate(referenceTime: Date())
        let certificates = pki.allCredentials.map(\.leaf) + pki.authorities.map(\.certificate)
        let count = certificates.count * iterations
        let ours = try measure("X509 Certificate(derEncoded:)", operations: count) {
            for _ in 0..<iterations {
                for der in certificates { _ = try Certificate(derEncoded: der) }
            }
        }
        let openSSL = try measure("OpenSSL d2i_X509", operations: count) {
            for _ in 0..<iterations {
                for der in certificates { _ = try OpenSSLCertificate(der: der) }
            }
        }
        return Comparison(title: "certificate parsing", subject: ours, reference: openSSL)
    }

    /// The whole catalog under a policy with every capture written, against the catalog with none.
    public func captureCost(policy: TLSPolicy, directory: String) throws -> Comparison {
        let runner = try ScenarioRunner(policy: policy, referenceTime: Date(), jobs: 1)
        var cases = 0
        let plain = measure("catalog, --capture none", operations: 1) { cases = runner.run(Catalog.all).count }
        let recorder = CaptureRecorder(mode: .all, directory: directory, application: "mtls-harness bench")
        let captured = measure("catalog, --capture all", operations: 1) {
            _ = recorder.record(runner.run(Catalog.all))
        }
        return Comparison(
            title: "catalog of \(cases) cases, one job", subject: captured, reference: plain
        )
    }
}
