import Foundation

/// Files written together into one folder, so that a failure leaves the folder as it was: every file is
/// first written whole into a private staging folder beside the targets (secrets with mode 0600 from the
/// moment they exist), every target is checked, and only then are the files renamed into place.
struct FileSet {
    /// The files: name, text, and whether the text is secret.
    var files: [(name: String, contents: String, secret: Bool)]

    /// Writes the files into `folder`, creating it when missing.
    ///
    /// - Throws: ``CommandLineError`` with status 73 naming the file or folder that could not be written.
    func write(into folder: String) throws(CommandLineError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Self.failure(folder, "cannot create the folder")
        }
        let staging = "\(folder)/.mtls-harness-staging-\(UUID().uuidString)"
        guard mkdir(staging, 0o700) == 0 else { throw Self.failure(folder, "cannot write into the folder") }
        defer { try? FileManager.default.removeItem(atPath: staging) }
        for file in files {
            try Self.writeWhole(file.contents, to: "\(staging)/\(file.name)", mode: file.secret ? 0o600 : 0o644)
        }
        for file in files {
            var status = stat()
            if lstat("\(folder)/\(file.name)", &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
                throw Self.failure("\(folder)/\(file.name)", "is a folder; nothing was written")
            }
        }
        for file in files where rename("\(staging)/\(file.name)", "\(folder)/\(file.name)") != 0 {
            throw Self.failure("\(folder)/\(file.name)", String(cString: strerror(errno)))
        }
    }

    /// Creates a new file with its final mode and writes all of `text` to it.
    private static func writeWhole(_ text: String, to path: String, mode: mode_t) throws(CommandLineError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw failure(path, String(cString: strerror(errno))) }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw failure(path, String(cString: strerror(errno))) }
    }

    private static func failure(_ path: String, _ reason: String) -> CommandLineError {
        CommandLineError(status: .cannotCreate, message: "\(path): \(reason)")
    }
}
