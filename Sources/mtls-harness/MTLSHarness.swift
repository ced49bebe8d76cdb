#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line: dispatches to a subcommand and turns its outcome into an exit status.
@main
enum MTLSHarness {
    static let version = "0.1.0"

    static let help = """
        mtls-harness \(version): proves a TLS policy for machine identities holds under attack.

        USAGE: mtls-harness <command> [options]

        COMMANDS:
          run       Run the scenario catalog against a policy.
          pki       Write the scenario PKI (certificates, keys, CRLs) to a folder.
          policy    Show a preset or check a policy file.
          inspect   Explain a capture: the handshake, decrypted where TLS 1.3 encrypts it.
          verify    Validate a certificate chain offline under a policy.
          pin       Print the SPKI pins of certificates.
          bench     Measure parsing and capture speed as ratios.

        Run 'mtls-harness <command> --help' for a command's options, 'mtls-harness --version' for the version.
        """

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        exit(run(arguments).rawValue)
    }

    static func run(_ arguments: [String]) -> ExitStatus {
        guard let command = arguments.first else {
            Output.error("no command given (see 'mtls-harness --help')")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        do throws(CommandLineError) {
            switch command {
            case "-h", "--help", "help":
                Output.result(help + "\n")
                return .success
            case "--version":
                Output.result("mtls-harness \(version)\n")
                return .success
            case "run": return try RunCommand.main(rest)
            case "pki": return try PKICommand.main(rest)
            case "policy": return try PolicyCommand.main(rest)
            case "inspect": return try InspectCommand.main(rest)
            case "verify": return try VerifyCommand.main(rest)
            case "pin": return try PinCommand.main(rest)
            case "bench": return try BenchCommand.main(rest)
            default:
                throw CommandLineError(
                    status: .usage, message: "unknown command '\(command)' (see 'mtls-harness --help')"
                )
            }
        } catch {
            Output.error(error.message)
            return error.status
        }
    }
}
