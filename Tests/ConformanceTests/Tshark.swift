import Foundation

/// Runs tshark, the independent decoder the captures are checked against.
enum Tshark {
    static let path = ["/usr/bin/tshark", "/usr/local/bin/tshark"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The TLS handshake types and alert descriptions tshark decodes from a capture, in frame order, using
    /// only what the capture itself holds (its Decryption Secrets Block for TLS 1.3).
    static func tlsFields(of file: String) throws -> (handshakeTypes: [Int], alerts: [Int]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/tshark")
        process.arguments = [
            "-r", file, "-n", "-o", "tls.keylog_file:", "-Y", "tls", "-T", "fields",
            "-e", "tls.handshake.type", "-e", "tls.alert_message.desc", "-E", "separator=;",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var types: [Int] = []
        var alerts: [Int] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            types += fields.first.map { $0.split(separator: ",").compactMap { Int($0) } } ?? []
            alerts += fields.dropFirst().first.map { $0.split(separator: ",").compactMap { Int($0) } } ?? []
        }
        return (types, alerts)
    }
}
