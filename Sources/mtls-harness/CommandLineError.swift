/// A failure the command line reports in one line on stderr and turns into an exit status.
struct CommandLineError: Error, CustomStringConvertible {
    /// The exit status.
    var status: ExitStatus
    /// The one-line message, naming the file and the problem where there is one.
    var message: String

    var description: String { message }

    /// A wrong command line: exit status 64, with a hint to the command's help.
    static func usage(_ message: String, command: String) -> CommandLineError {
        CommandLineError(status: .usage, message: "\(message) (see 'mtls-harness \(command) --help')")
    }
}
