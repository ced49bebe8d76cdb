import Foundation
import PKI
import Policy
import Synchronization
import TLS

/// Runs scenario cases against a policy, in parallel, and judges each.
///
/// The runner owns the run's scenario PKI and reference time. Each case builds a fresh pair of endpoints and
/// runs one in-process handshake; twins that several scenarios share run once.
public struct ScenarioRunner: Sendable {
    /// The policy under test.
    public let policy: TLSPolicy
    /// The policy as the endpoints enforce it: when the policy pins keys, its pins are replaced by the keys of
    /// the run's PKI, since no pin written in advance can name keys generated for the run.
    public let enforcedPolicy: TLSPolicy
    /// The run's PKI.
    public let pki: ScenarioPKI
    /// How many handshakes run at once.
    public var jobs: Int

    /// Creates a runner, generating the PKI for the policy's identities.
    ///
    /// - Parameters:
    ///   - policy: The policy under test.
    ///   - referenceTime: The time all certificates and verification are relative to.
    ///   - jobs: How many handshakes may run at once; defaults to the number of cores.
    public init(
        policy: TLSPolicy, referenceTime: Date = Date(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(PKIError) {
        self.policy = policy
        self.jobs = max(1, jobs)
        pki = try ScenarioPKI.generate(referenceTime: referenceTime, for: policy)
        var enforced = policy
        if policy.pinning.scope != .off {
            enforced.pinning.pins = pki.pins
        }
        enforcedPolicy = enforced
    }

    /// Runs scenarios and returns one result per case, in catalog order.
    ///
    /// - Parameters:
    ///   - scenarios: The scenarios to run.
    ///   - progress: Called after each handshake with the number done and the total, from any thread.
    public func run(
        _ scenarios: [Scenario], progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) -> [ScenarioResult] {
        let cases = ScenarioCase.cases(for: scenarios, under: policy)
        var jobList: [Job] = []
        var seen = Set<Job>()
        for scenarioCase in cases where scenarioCase.notApplicable == nil {
            let main = Job(
                misbehaving: scenarioCase.scenario.misbehaving, fault: scenarioCase.scenario.fault,
                version: scenarioCase.version)
            if seen.insert(main).inserted { jobList.append(main) }
            if let twin = scenarioCase.scenario.twin {
                let twinJob = Job(
                    misbehaving: scenarioCase.scenario.misbehaving, fault: twin, version: scenarioCase.version)
                if seen.insert(twinJob).inserted { jobList.append(twinJob) }
            }
        }
        let observations = execute(jobList, progress: progress)
        return cases.map { scenarioCase in
            guard scenarioCase.notApplicable == nil else {
                return ScenarioResult(
                    scenarioCase: scenarioCase, observation: nil, twinObservation: nil,
                    verdict: Verdict(status: .skipped, explanation: scenarioCase.notApplicable ?? "")
                )
            }
            let scenario = scenarioCase.scenario
            let observation = observations[
                Job(misbehaving: scenario.misbehaving, fault: scenario.fault, version: scenarioCase.version)]
            let twin = scenario.twin.flatMap {
                observations[Job(misbehaving: scenario.misbehaving, fault: $0, version: scenarioCase.version)]
            }
            return ScenarioResult(
                scenarioCase: scenarioCase, observation: try? observation?.get(), twinObservation: try? twin?.get(),
                verdict: Judge.verdict(for: scenarioCase, observation, twin)
            )
        }
    }

    /// One handshake to run: a fault on one side at an optional version.
    struct Job: Hashable, Sendable {
        var misbehaving: EndpointRole
        var fault: Fault
        var version: TLSVersion?
    }

    private func execute(
        _ jobList: [Job], progress: @Sendable (Int, Int) -> Void
    ) -> [Job: Result<Observation, TLSError>] {
        let next = Mutex(0)
        let results = Mutex([Job: Result<Observation, TLSError>]())
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(1, jobList.count))) { _ in
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < jobList.count else { return }
                let job = jobList[index]
                let result = Result { () throws(TLSError) -> Observation in try handshake(job) }
                let done = results.withLock { stored -> Int in
                    stored[job] = result
                    return stored.count
                }
                progress(done, jobList.count)
            }
        }
        return results.withLock { $0 }
    }

    /// Builds both endpoints for a job and runs their handshake.
    func handshake(_ job: Job) throws(TLSError) -> Observation {
        let underTest = job.misbehaving.peer
        var misbehaving = EndpointConfiguration.insecureMisbehaving(
            role: job.misbehaving, credentials: [pki.credential(for: job.misbehaving, .valid)]
        )
        if let version = job.version {
            misbehaving.minimumVersion = version
            misbehaving.maximumVersion = version
        }
        job.fault.apply(to: &misbehaving, pki: pki)
        let trust = EndpointConfiguration.PeerVerification(
            policy: enforcedPolicy, trustAnchors: [pki.trustAnchor], crls: pki.crls, referenceTime: pki.referenceTime,
            expectedHostName: underTest == .client ? pki.serverName : nil
        )
        // A server under test holds an ECDSA and an RSA certificate, as dual-certificate servers do, so that
        // RSA-only suites fail for policy reasons rather than for want of a key.
        let credentials =
            underTest == .server
            ? [pki.credential(for: .server, .valid), pki.credential(for: .server, .rsa2048)]
            : [pki.credential(for: .client, .valid)]
        let enforcing = try OpenSSLEndpoint(
            .enforcing(enforcedPolicy, role: underTest, credentials: credentials, trust: trust)
        )
        let attacker: any HandshakeParticipant =
            job.fault.needsRawEndpoint
            ? RawVersionServer(answeringWith: misbehaving.maximumVersion)
            : try OpenSSLEndpoint(misbehaving)
        let (client, server) =
            underTest == .client ? (enforcing as any HandshakeParticipant, attacker) : (attacker, enforcing)
        let outcome = InProcessConnection().run(client: client, server: server)
        return Observation(outcome: outcome, underTest: underTest)
    }
}
