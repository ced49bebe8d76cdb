import Foundation
internal import PKI
internal import Policy

/// What several targets share: one scenario PKI per process, made at a fixed reference time on first use.
///
/// Generating the PKI takes a moment (it creates RSA and EC keys), so it happens once, before or during the
/// first input that needs it; every later input sees the same certificates.
enum FuzzFixtures {
    /// 2027-01-15T08:00:00Z, the instant every certificate of the fixture PKI is relative to.
    static let referenceTime = Date(timeIntervalSince1970: 1_800_000_000)

    /// The fixture PKI.
    static let pki: ScenarioPKI = {
        do {
            return try ScenarioPKI.generate(referenceTime: referenceTime)
        } catch {
            preconditionFailure("the fuzz fixtures cannot generate their PKI: \(error)")
        }
    }()

    /// Every distinct certificate of the PKI, DER: each credential's chain and each authority.
    static let certificates: [[UInt8]] = {
        var seen = Set<[UInt8]>()
        let all = pki.allCredentials.flatMap(\.chain) + pki.authorities.map(\.certificate)
        return all.filter { seen.insert($0).inserted }
    }()
}
