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
        if parser.wantsHelp {
            Output.result(help + "\n")
            return .success
        }
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
        let files = pki.files
        let directory = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in files {
                try write(file.contents, to: directory.appendingPathComponent(file.name), secret: file.isPrivateKey)
            }
            let width = files.map(\.name.count).max() ?? 0
            let index = files.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
            let header = "reference time \(ISO8601DateFormatter().string(from: pki.referenceTime))"
            try write(
                ([header] + index).joined(separator: "\n") + "\n", to: directory.appendingPathComponent("INDEX.txt"),
                secret: false)
        } catch {
            throw CommandLineError(
                status: .cannotCreate, message: "\(output): cannot write the PKI: \(error.localizedDescription)")
        }
        Output.result("wrote \(files.count + 1) files to \(output)\n")
        return .success
    }

    /// Writes a file whole: a temporary name first, then a rename, with 0600 for secrets from the start.
    private static func write(_ text: String, to url: URL, secret: Bool) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        let permissions = secret ? 0o600 : 0o644
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions]
            )
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        // rename(2) replaces the old file in one step, so a reader never sees half a file.
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
