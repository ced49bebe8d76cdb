import Foundation

/// Where the command line writes: results to stdout, errors and progress to stderr.
enum Output {
    /// Writes a result to stdout.
    static func result(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one error line to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data("mtls-harness: \(text)\n".utf8))
    }

    /// Whether stderr is a terminal, so progress may be drawn on it.
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Redraws a progress line on stderr when it is a terminal.
    static func progress(_ done: Int, _ total: Int, label: String) {
        guard stderrIsTerminal else { return }
        let line = done == total ? "\r\u{1B}[K" : "\r\(label) \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
