/// Reads a subcommand's arguments: `--name value`, `--name=value`, flags and positional arguments.
///
/// This is the only argument parsing in the tool. Each command asks for the options it knows, then calls
/// ``finish()``, which refuses whatever is left, so a misspelled option is an error, never ignored.
struct ArgumentParser {
    private var remaining: [String]
    /// The command's name, for error messages.
    let command: String

    init(_ arguments: [String], command: String) {
        self.command = command
        remaining = arguments
    }

    /// Prints the command's help to stdout when the arguments ask for it, and says whether they did.
    func printsHelp(_ help: String) -> Bool {
        guard wantsHelp else { return false }
        Output.result(help + "\n")
        return true
    }

    /// Whether the arguments ask for help.
    var wantsHelp: Bool { remaining.contains("--help") || remaining.contains("-h") }

    /// Removes and returns every value of a repeatable option.
    mutating func values(_ name: String) throws(CommandLineError) -> [String] {
        var found: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if argument == "--" { break }
            if argument == name {
                guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("--") else {
                    throw .usage("option \(name) needs a value", command: command)
                }
                found.append(remaining[index + 1])
                remaining.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix(name + "=") {
                found.append(String(argument.dropFirst(name.count + 1)))
                remaining.remove(at: index)
            } else {
                index += 1
            }
        }
        return found
    }

    /// Removes and returns the value of an option given at most once.
    mutating func value(_ name: String) throws(CommandLineError) -> String? {
        let found = try values(name)
        if found.count > 1 { throw .usage("option \(name) is given more than once", command: command) }
        return found.first
    }

    /// Removes a flag and says whether it was there.
    mutating func flag(_ name: String) -> Bool {
        let before = remaining.count
        remaining.removeAll { $0 == name }
        return remaining.count != before
    }

    /// Returns the positional arguments and refuses any option not asked for.
    mutating func finish(maximumPositionals: Int = 0) throws(CommandLineError) -> [String] {
        var positional: [String] = []
        var afterSeparator = false
        for argument in remaining {
            if !afterSeparator && argument == "--" {
                afterSeparator = true
            } else if !afterSeparator && argument.hasPrefix("-") && argument != "-" {
                throw .usage("unknown option '\(argument)'", command: command)
            } else {
                positional.append(argument)
            }
        }
        if positional.count > maximumPositionals {
            throw .usage("unexpected argument '\(positional[maximumPositionals])'", command: command)
        }
        remaining = []
        return positional
    }
}
