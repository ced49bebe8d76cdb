import Foundation
import PKI

/// `mtls-harness pki`: writes the scenario PKI to a folder, for use with other tools.
enum PKICommand {
    static let help = """
        USAGE: mtls-harness pki --out DIR [--policy PRESET|FILE]

        Generates the scenario PKI exactly as 'run' does (the policy decides the identities on the leaves)
        and writes every certificate, chain, CRL and private key as PEM, plus INDEX.txt saying what each file
        is and which fault it carries. Private keys are written with mode 0600. Existing files of the same
        names are replaced. The keys are throwaway test keys: never use them for anything real.

        OPTIONS:
          --out DIR             The folder to write; created when missing.
          --policy PRESET|FILE  The policy whose identities the leaves carry. Default: nhi-strict.
          -h, --help            Show this help.

        EXIT STATUS:
          0 written, 64 bad arguments, 65 bad policy file, 66 policy file missing, 70 OpenSSL could not
          generate the PKI, 73 a file could not be written.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "pki")
        if parser.printsHelp(help) { return .success }
        guard let output = try parser.value("--out"), !output.isEmpty else {
            throw .usage("missing --out DIR", command: "pki")
        }
        let policy = try PolicyArgument.load(try parser.value("--policy"))
        _ = try parser.finish()
        let pki: ScenarioPKI
        do {
            pki = try ScenarioPKI.generate(referenceTime: Date(), for: policy)
        } catch {
            throw CommandLineError(status: .software, message: "cannot generate the PKI: \(error)")
        }
        var files = pki.files.map { (name: $0.name, contents: $0.contents, secret: $0.isPrivateKey) }
        let width = files.map(\.name.count).max() ?? 0
        let index = pki.files.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
        let header = "reference time \(ISO8601DateFormatter().string(from: pki.referenceTime))"
        files.append((name: "INDEX.txt", contents: ([header] + index).joined(separator: "\n") + "\n", secret: false))
        try FileSet(files: files).write(into: output)
        Output.result("wrote \(files.count) files to \(output)\n")
        return .success
    }
}
