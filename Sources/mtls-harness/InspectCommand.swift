import Capture
import Foundation
import Wire

/// `mtls-harness inspect`: explains a capture without Wireshark.
enum InspectCommand {
    static let help = """
        USAGE: mtls-harness inspect FILE.pcapng [--format text|json]

        Reads a capture with libpcap, reassembles both TCP directions and prints the TLS handshake in order:
        who sent each record, each handshake message or alert, the versions, cipher suites, groups and
        signature algorithms offered and chosen, and the subject, issuer and validity of each certificate.
        TLS 1.3 records are decrypted with the secrets stored in the capture, so encrypted certificates and
        alerts are shown too.

        OPTIONS:
          --format text|json   Output format. Default: text.
          -h, --help           Show this help.

        EXIT STATUS:
          0 explained, 64 bad arguments, 65 not a readable capture of a TLS connection, 66 no such file.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "inspect")
        if parser.printsHelp(help) { return .success }
        let format = try parser.value("--format") ?? "text"
        let files = try parser.finish(maximumPositionals: 1)
        guard let path = files.first, !path.isEmpty else {
            throw .usage("missing the capture file", command: "inspect")
        }
        guard format == "text" || format == "json" else {
            throw .usage("--format must be text or json, not '\(format)'", command: "inspect")
        }
        let inspection: HandshakeInspection
        do {
            let connection = try CaptureFile(contentsOf: path).connection()
            inspection = try HandshakeInspection(transcript: connection.transcript)
        } catch let error as CaptureError {
            let status: ExitStatus =
                error.code == .fileNotFound || error.code == .fileUnreadable ? .noInput : .dataError
            throw CommandLineError(status: status, message: oneLine(error.reason, path: path))
        } catch {
            throw CommandLineError(status: .dataError, message: oneLine("no TLS handshake: \(error)", path: path))
        }
        if format == "json" {
            do {
                Output.result(try InspectionJSONRenderer().render(inspection) + "\n")
            } catch {
                throw CommandLineError(status: .software, message: "cannot render JSON: \(error)")
            }
        } else {
            Output.result(InspectionTextRenderer().render(inspection))
        }
        return .success
    }

    /// One line that names the file once.
    private static func oneLine(_ reason: String, path: String) -> String {
        let flat = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.contains(path) ? flat : "\(path): \(flat)"
    }
}
