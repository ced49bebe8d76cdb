#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a file's contents all at once.
///
/// The bytes go to a fresh temporary file in the target's directory, are flushed to storage, and the temporary
/// file is then renamed over the target. Rename within one directory is atomic, so readers see the old file or the
/// new one, never a mix, and a run that dies half-way leaves at most a hidden `.partial` file, never a truncated
/// capture under the real name.
enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there.
    ///
    /// - Throws: ``CaptureError/Code/writeFailed`` naming the path and the system's reason.
    static func write(_ bytes: [UInt8], to path: String) throws(CaptureError) {
        let (directory, name) = split(path)
        guard !name.isEmpty else {
            throw CaptureError(.writeFailed, "\(path): a file name is required")
        }
        let temporaryPath = directory + "." + name + ".\(getpid()).\(UInt32.random(in: .min ... .max)).partial"
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw failure(path, "cannot create a temporary file beside it")
        }
        var succeeded = false
        defer {
            if !succeeded {
                unlink(temporaryPath)
            }
        }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else {
                throw failure(path, "cannot flush it to storage")
            }
        }
        guard rename(temporaryPath, path) == 0 else {
            throw failure(path, "cannot move the finished file into place")
        }
        succeeded = true
    }

    /// The directory part of `path` including its trailing slash (empty for a bare name), and the file name.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else {
            return ("", path)
        }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(CaptureError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR {
                    continue
                }
                throw failure(path, "cannot write its bytes")
            }
            written += result
        }
    }

    private static func failure(_ path: String, _ what: String) -> CaptureError {
        let systemReason = String(cString: strerror(errno))
        return CaptureError(.writeFailed, "\(path): \(what) (\(systemReason))")
    }
}

/// The C library's `write`, named apart from ``AtomicFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
        Musl.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
