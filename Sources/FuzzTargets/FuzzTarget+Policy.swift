import Foundation
internal import Policy

extension FuzzTarget {
    /// The policy JSON reader on arbitrary bytes.
    ///
    /// Properties of every policy the reader accepts: saved with ``Policy/TLSPolicy/jsonData()`` it reloads to an
    /// equal policy, whose saved form is byte for byte the first saved form.
    public static let policy = FuzzTarget(
        name: "policy",
        property: "a policy that loads saves and reloads to the same value"
    ) { bytes in
        guard let policy = try? TLSPolicy(jsonData: Data(bytes)) else {
            return .rejected
        }
        let saved = policy.jsonData()
        let reloaded: TLSPolicy
        do {
            reloaded = try TLSPolicy(jsonData: saved, defaultName: "reloaded")
        } catch {
            violated("policy", "the saved form of an accepted policy does not load: \(error)")
        }
        guard reloaded == policy else {
            violated("policy", "the policy changed on a save and reload: \(String(decoding: saved, as: UTF8.self))")
        }
        guard reloaded.jsonData() == saved else {
            violated("policy", "saving a reloaded policy gives other bytes than the first save")
        }
        return .accepted
    }
}
