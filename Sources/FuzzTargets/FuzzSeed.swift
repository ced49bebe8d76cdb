/// One seed input for a fuzz target's corpus: a file name and the file's bytes.
public struct FuzzSeed: Sendable, Hashable {
    /// The file name, starting with ``prefix`` so that regenerating a corpus replaces only generated seeds.
    public let name: String
    /// The input.
    public let bytes: [UInt8]

    /// The prefix of every generated seed's file name. Inputs libFuzzer adds are named by their SHA-1, and
    /// kept crashers by libFuzzer's `crash-`, `leak-`, `oom-` or `timeout-` prefix.
    public static let prefix = "seed-"

    /// Creates a seed.
    ///
    /// - Parameters:
    ///   - name: The file name without ``prefix``; characters other than letters, digits, `.`, `-` and `_`
    ///     become `_`.
    ///   - bytes: The input.
    public init(name: String, bytes: [UInt8]) {
        let safe = name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" }
        self.name = Self.prefix + String(safe)
        self.bytes = bytes
    }

    /// Creates a seed from text, stored as UTF-8.
    ///
    /// - Parameters:
    ///   - name: The file name without ``prefix``.
    ///   - text: The input.
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }
}
