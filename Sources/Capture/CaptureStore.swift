public import Wire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A directory of capture files, one per scenario run: `<directory>/<stem>.pcapng`.
///
/// Each file holds one framed connection, the connection's TLS key log in a Decryption Secrets Block, the
/// application's name and version, and a comment such as the scenario and its outcome. Files are replaced
/// atomically, so a rerun overwrites the previous capture of the same scenario and an interrupted run never leaves
/// a half-written file under the final name.
public struct CaptureStore: Sendable {
    /// The longest file stem kept; longer stems are cut so every file system accepts the name.
    public static let maximumStemLength = 200

    /// The directory the captures go to; created with its parents when first written to.
    public var directory: String
    /// The application and version written into every file, such as `mtls-harness 0.1.0`.
    public var application: String

    /// Creates a store.
    ///
    /// - Parameters:
    ///   - directory: The directory the captures go to, such as `captures`.
    ///   - application: The application and version written into every file.
    public init(directory: String, application: String) {
        self.directory = directory
        self.application = application
    }

    /// `raw` made safe as a file name: letters, digits, `.`, `-` and `_` are kept, runs of anything else become one
    /// `-`, leading dots and dashes are dropped, and the result is at most ``maximumStemLength`` characters.
    ///
    /// For example `client.expired-cert.tls13` is kept as it is, and `../x y/z` becomes `x-y-z`.
    public static func sanitizedStem(_ raw: String) -> String {
        var stem = ""
        for scalar in raw.unicodeScalars {
            let isSafe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isSafe || scalar == "." || scalar == "_" || scalar == "-" {
                stem.unicodeScalars.append(scalar)
            } else if !stem.hasSuffix("-") {
                stem.append("-")
            }
        }
        while let first = stem.first, first == "." || first == "-" {
            stem.removeFirst()
        }
        stem = String(stem.prefix(maximumStemLength))
        while stem.hasSuffix("-") {
            stem.removeLast()
        }
        return stem
    }

    /// The path a capture with file stem `stem` is written to, after sanitising the stem.
    public func path(forStem stem: String) -> String {
        let separator = directory.isEmpty || directory.hasSuffix("/") ? "" : "/"
        return directory + separator + Self.sanitizedStem(stem) + ".pcapng"
    }

    /// Frames `transcript` and writes it, with its key log, to `<directory>/<stem>.pcapng`.
    ///
    /// - Parameters:
    ///   - transcript: The connection to capture.
    ///   - stem: The file name without extension, such as `client.expired-cert.tls13`; sanitised first.
    ///   - comment: The capture comment, such as the scenario, the expected and the actual outcome.
    ///   - captureIndex: The capture's number within the run, which gives the client a distinct port.
    /// - Returns: The path written.
    /// - Throws: ``CaptureError/Code/invalidArgument`` when nothing of the stem survives sanitising,
    ///   ``CaptureError/Code/invalidTranscript`` when the transcript cannot be framed, and
    ///   ``CaptureError/Code/writeFailed`` when the directory or the file cannot be written.
    @discardableResult
    public func write(
        _ transcript: Transcript,
        stem: String,
        comment: String?,
        captureIndex: Int
    ) throws(CaptureError) -> String {
        guard !Self.sanitizedStem(stem).isEmpty else {
            throw CaptureError(.invalidArgument, "capture file stem \"\(stem)\" has no usable characters")
        }
        let packets = try TCPFramer(captureIndex: captureIndex).frames(for: transcript)
        try createDirectory()
        let path = path(forStem: stem)
        let writer = PcapngWriter(application: application, comment: comment)
        try writer.write(packets, keyLog: transcript.keyLog, to: path)
        return path
    }

    /// Creates ``directory`` and its missing parents.
    private func createDirectory() throws(CaptureError) {
        guard !directory.isEmpty else {
            return
        }
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component + "/"
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                let systemReason = String(cString: strerror(errno))
                throw CaptureError(.writeFailed, "\(directory): cannot create directory (\(systemReason))")
            }
        }
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw CaptureError(.writeFailed, "\(directory): exists but is not a directory")
        }
    }
}
