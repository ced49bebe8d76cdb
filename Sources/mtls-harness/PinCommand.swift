import X509

/// `mtls-harness pin`: prints the SPKI pin of each certificate in each file.
enum PinCommand {
    static let help = """
        USAGE: mtls-harness pin FILE...

        Prints the SHA-256 pin of the subject public key info of every certificate in each file (PEM with
        one or more CERTIFICATE blocks, or one DER certificate), in the forms a policy's pins accept:
        sha256/BASE64 and RFC 7469's pin-sha256="BASE64".

        EXIT STATUS:
          0 printed, 64 bad arguments, 65 a file holds no readable certificate, 66 a file cannot be opened.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "pin")
        if parser.printsHelp(help) { return .success }
        let files = try parser.finish(maximumPositionals: Int.max)
        guard !files.isEmpty else { throw .usage("missing the certificate file", command: "pin") }
        var lines: [String] = []
        for path in files {
            let certificates = try InputFile.certificates(path)
            for (index, certificate) in certificates.enumerated() {
                let pin: SPKIPin
                do {
                    pin = try SPKIPin(certificate: certificate)
                } catch {
                    throw CommandLineError(status: .software, message: "\(path): cannot hash a key: \(error)")
                }
                let label = certificates.count > 1 ? "\(path) [\(index + 1)]" : path
                lines.append("\(label)  \(certificate.subject)")
                lines.append("  \(pin.formatted(.sha256Base64))")
                lines.append("  \(pin.formatted(.rfc7469))")
            }
        }
        Output.result(lines.joined(separator: "\n") + "\n")
        return .success
    }
}
