/// What a fuzz target did with one input, once its property held.
///
/// A target that finds its property broken does not return: it stops the process with `fatalError`,
/// which libFuzzer reports as a crash and a test run as a failure. Every other input ends in one of these.
public struct FuzzOutcome: Sendable, Hashable, CustomStringConvertible {
    private let name: String

    private init(_ name: String) {
        self.name = name
    }

    /// The code under test accepted the input, and every property checked on the result held.
    public static let accepted = FuzzOutcome("accepted")
    /// The code under test refused the input, as it should refuse anything invalid.
    public static let rejected = FuzzOutcome("rejected")
    /// The input fell in a documented gap between this package and its reference: for the x509 target, bytes
    /// that OpenSSL accepts and this package's strict DER reader refuses. Counted, never trapped.
    public static let tolerated = FuzzOutcome("tolerated")

    /// Every outcome, in the order reports list them.
    public static let all: [FuzzOutcome] = [.accepted, .rejected, .tolerated]

    /// The outcome's name.
    public var description: String {
        name
    }
}
