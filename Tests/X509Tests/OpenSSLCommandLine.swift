import Foundation

/// Runs the `openssl` command line in a private temporary folder, to make fixtures the tests compare against.
struct OpenSSLCommandLine {
    /// The `openssl` executable found on `PATH`, or `nil` when it is not installed.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("openssl")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()

    /// Whether the command line is available; tests that need it are skipped, saying so, when it is not.
    static var isAvailable: Bool {
        executable != nil
    }

    /// The folder the commands run in.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("x509-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `openssl` with `arguments`, feeding `input`, and returns standard output.
    @discardableResult
    func run(_ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        guard let executable = Self.executable else {
            throw CommandFailure(message: "openssl is not installed")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self)
            throw CommandFailure(message: "openssl \(arguments.joined(separator: " ")): \(message)")
        }
        return Array(output)
    }

    /// Reads a file of the folder.
    func read(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Makes a self-signed certificate with `openssl req -x509` and returns its DER.
    ///
    /// - Parameters:
    ///   - key: The `-newkey` argument, such as `rsa:2048` or `ec`.
    ///   - keyOptions: `-pkeyopt` values, such as `ec_paramgen_curve:P-256`.
    ///   - subject: The `-subj` argument.
    ///   - days: The validity in days.
    ///   - serial: The `-set_serial` argument, if any.
    ///   - extensions: `-addext` values.
    func selfSigned(
        key: String,
        keyOptions: [String] = [],
        subject: String,
        days: Int = 30,
        serial: String? = nil,
        extensions: [String] = []
    ) throws -> [UInt8] {
        var arguments = ["req", "-x509", "-newkey", key, "-keyout", "key.pem", "-nodes", "-out", "cert.der"]
        arguments += ["-outform", "DER", "-subj", subject, "-days", String(days)]
        for option in keyOptions {
            arguments += ["-pkeyopt", option]
        }
        if let serial {
            arguments += ["-set_serial", serial]
        }
        for value in extensions {
            arguments += ["-addext", value]
        }
        try run(arguments)
        return try read("cert.der")
    }

    struct CommandFailure: Error, CustomStringConvertible {
        let message: String

        var description: String {
            message
        }
    }
}
