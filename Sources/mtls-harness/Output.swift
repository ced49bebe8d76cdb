import Foundation

/// Where the command line writes: results to stdout, errors and progress to stderr.
enum Output {
    /// Writes a result to stdout.
    static func result(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one error line to stderr. Control characters in it (a newline in a file name or a policy value)
    /// are shown escaped, so that an error is always exactly one line.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data("mtls-harness: \(oneLine(text))\n".utf8))
    }

    /// The text with every control character written as an escape (`\n`, `\u{1B}`).
    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += scalar.escaped(asASCII: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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
