/// One input surface of the package under libFuzzer: a name, and an entry function that takes raw bytes and
/// checks a property of what the code under test makes of them.
///
/// Entry functions are deterministic in what they check, never print, and trap (`fatalError`, with
/// a message naming the property) only when a property is broken; invalid input is an ordinary
/// ``FuzzOutcome/rejected``. The same entries serve the libFuzzer executables of the `Fuzz` package and the
/// tests that replay `corpora/<name>/`.
///
/// ```swift
/// let outcome = FuzzTarget.der.run(bytes)
/// ```
public struct FuzzTarget: Sendable, Hashable, CustomStringConvertible {
    /// The target's name: its corpus folder under `corpora/` and its executable `fuzz-<name>`.
    public let name: String
    /// The property the target checks, in one sentence.
    public let property: String
    private let usesFixturePKI: Bool
    private let entry: @Sendable ([UInt8]) -> FuzzOutcome

    init(
        name: String, property: String, usesFixturePKI: Bool = false,
        entry: @escaping @Sendable ([UInt8]) -> FuzzOutcome
    ) {
        self.name = name
        self.property = property
        self.usesFixturePKI = usesFixturePKI
        self.entry = entry
    }

    /// Builds what the target shares between inputs (the fixture PKI, for the targets that use it), so that the
    /// first input is not slower than the rest. Calling it is optional.
    public func prepare() {
        if usesFixturePKI {
            _ = FuzzFixtures.certificates
        }
    }

    /// Feeds one input to the target.
    ///
    /// - Parameter bytes: The input, any bytes at all.
    /// - Returns: What the code under test did with it.
    /// - Important: Stops the process when the target's property does not hold for `bytes`.
    @discardableResult
    public func run(_ bytes: [UInt8]) -> FuzzOutcome {
        entry(bytes)
    }

    /// Every target, in the order the fuzzing commands run them.
    public static let all: [FuzzTarget] = [.der, .x509, .pem, .pins, .policy, .records, .handshake]

    /// The target with a name.
    ///
    /// - Parameter name: A name from ``all``, such as `x509`.
    /// - Returns: The target, or `nil` when no target has that name.
    public static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }

    /// Targets are equal when their names are.
    public static func == (lhs: FuzzTarget, rhs: FuzzTarget) -> Bool {
        lhs.name == rhs.name
    }

    /// Hashes the name only, in keeping with equality.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }

    /// The target's name.
    public var description: String {
        name
    }

    /// Stops the process because a property does not hold. Only entry functions call it.
    ///
    /// It calls `fatalError` rather than `preconditionFailure`: the fuzzers are optimised builds, where only
    /// `fatalError` keeps its message, and the message is what a crash report needs.
    ///
    /// - Parameters:
    ///   - target: The target whose property broke.
    ///   - message: What was expected and what happened instead.
    static func violated(_ target: String, _ message: String, file: StaticString = #fileID, line: UInt = #line)
        -> Never
    {
        fatalError("fuzz target \(target): property violated: \(message)", file: file, line: line)
    }
}
