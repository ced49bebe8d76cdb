import Foundation
import Policy

/// `mtls-harness policy`: shows presets and checks policy files.
enum PolicyCommand {
    static let help = """
        USAGE: mtls-harness policy show PRESET|FILE
               mtls-harness policy check FILE
               mtls-harness policy list

        show   Print a preset or a policy file as JSON, in the form a policy file takes.
        check  Validate a policy file: exit 0 when valid, 65 with one line naming the field when not.
        list   List the presets.

        EXIT STATUS:
          0 done (for check: the file is valid), 64 bad arguments or an unknown preset, 65 the policy file is
          invalid, 66 the policy file cannot be opened.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "policy")
        if parser.printsHelp(help) { return .success }
        let positional = try parser.finish(maximumPositionals: 2)
        switch (positional.first, positional.count) {
        case ("list", 1):
            Output.result(TLSPolicy.presetNames.joined(separator: "\n") + "\n")
        case ("show", 2):
            let policy = try PolicyArgument.load(positional[1])
            Output.result(String(decoding: policy.jsonData(), as: UTF8.self) + "\n")
        case ("check", 2):
            let policy = try PolicyArgument.load(positional[1])
            Output.result("\(positional[1]): valid policy '\(policy.name)'\n")
        case (nil, _):
            throw .usage("missing subcommand: show, check or list", command: "policy")
        case (let subcommand?, _) where ["list", "show", "check"].contains(subcommand):
            throw .usage("wrong number of arguments for 'policy \(subcommand)'", command: "policy")
        case (let subcommand?, _):
            throw .usage("unknown subcommand '\(subcommand)'", command: "policy")
        }
        return .success
    }
}
