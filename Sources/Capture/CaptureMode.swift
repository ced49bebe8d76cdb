/// Which handshakes a run keeps as capture files: the value of the command line's `--capture` option.
///
/// Parse it from the option's text with ``init(_:)`` or ``init(parsing:)``; the accepted spellings are the
/// ``description`` of ``all`` cases: `failures`, `all` and `none`.
public struct CaptureMode: Sendable, Hashable, CaseIterable, LosslessStringConvertible {
    private let name: String

    private init(name: String) {
        self.name = name
    }

    /// Keep a capture for every scenario whose verdict failed, and for no other: the default.
    public static let failures = CaptureMode(name: "failures")
    /// Keep a capture for every scenario.
    public static let all = CaptureMode(name: "all")
    /// Keep no captures.
    public static let none = CaptureMode(name: "none")

    /// Every mode, in the order the command line's help lists them.
    public static let allCases: [CaptureMode] = [.failures, .all, .none]

    /// Parses the option's text; returns `nil` for anything but `failures`, `all` or `none`.
    ///
    /// Surrounding white space is ignored and letter case does not matter.
    public init?(_ description: String) {
        let text = description.trimmingWhitespace().lowercased()
        guard let mode = Self.allCases.first(where: { $0.name == text }) else {
            return nil
        }
        self = mode
    }

    /// Parses the option's text.
    ///
    /// - Throws: ``CaptureError/Code/invalidArgument`` naming the accepted values.
    public init(parsing text: String) throws(CaptureError) {
        guard let mode = CaptureMode(text) else {
            let choices = Self.allCases.map(\.name).joined(separator: ", ")
            throw CaptureError(.invalidArgument, "capture mode \"\(text)\" is not one of \(choices)")
        }
        self = mode
    }

    /// Whether a scenario case gets a capture file.
    ///
    /// - Parameter failed: Whether its handshake did not complete or its verdict failed.
    public func keepsCapture(failed: Bool) -> Bool {
        switch name {
        case "all": true
        case "failures": failed
        default: false
        }
    }

    /// The option's spelling: `failures`, `all` or `none`.
    public var description: String { name }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
