import FuzzTargets
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The glue between libFuzzer's C entry points and a ``FuzzTargets/FuzzTarget``: it copies each input into an
/// array, runs the target, and counts the outcomes, which it prints to standard error when the fuzzer exits.
///
/// Each fuzz executable exports `LLVMFuzzerInitialize`, calling ``start(_:)``, and `LLVMFuzzerTestOneInput`,
/// calling ``run(_:_:_:)``.
public enum LibFuzzerEntry {
    private static let state = Mutex<(target: String, counts: [FuzzOutcome: Int])>(("", [:]))

    /// Prepares a target before the first input and arranges for the outcome counts to be printed at exit.
    ///
    /// - Parameter target: The target this executable fuzzes.
    public static func start(_ target: FuzzTarget) {
        state.withLock { $0.target = target.name }
        target.prepare()
        atexit {
            LibFuzzerEntry.printCounts()
        }
    }

    /// Runs one input.
    ///
    /// - Parameters:
    ///   - target: The target.
    ///   - data: The input libFuzzer passes; `nil` only when `size` is 0.
    ///   - size: The input's length.
    /// - Returns: 0, as libFuzzer requires; a broken property stops the process instead.
    public static func run(_ target: FuzzTarget, _ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let outcome = target.run(bytes)
        state.withLock { $0.counts[outcome, default: 0] += 1 }
        return 0
    }

    private static func printCounts() {
        let line = state.withLock { state in
            let total = state.counts.values.reduce(0, +)
            let parts = FuzzOutcome.all.map { "\($0) \(state.counts[$0, default: 0])" }
            return "fuzz-\(state.target): \(total) inputs: \(parts.joined(separator: ", "))\n"
        }
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
