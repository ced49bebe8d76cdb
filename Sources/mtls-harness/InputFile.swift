import Foundation
import X509

/// Reads the certificate, CRL and key files the commands are given, turning every problem into one line that
/// names the file: exit status 66 when it cannot be opened, 65 when its contents are wrong.
enum InputFile {
    /// The largest certificate or CRL file read: far above any real chain, low enough that a device or a
    /// huge file is refused instead of filling memory.
    static let maximumSize = 16 * 1024 * 1024

    /// The file's bytes, when it is a regular file of at most ``maximumSize`` bytes.
    static func bytes(_ path: String) throws(CommandLineError) -> [UInt8] {
        guard !path.isEmpty else { throw CommandLineError(status: .usage, message: "an empty file name") }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw CommandLineError(status: .noInput, message: "\(path): \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CommandLineError(status: .noInput, message: "\(path): not a regular file")
        }
        guard status.st_size <= maximumSize else {
            throw CommandLineError(
                status: .dataError, message: "\(path): \(status.st_size) bytes, more than the \(maximumSize) allowed"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandLineError(status: .noInput, message: "\(path): cannot be read")
        }
        return [UInt8](data)
    }

    /// The DER objects in a PEM file with the given label, or the file itself when it is one DER object.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - label: The PEM label every block must have, such as `CERTIFICATE`.
    static func derObjects(_ path: String, label: String) throws(CommandLineError) -> [[UInt8]] {
        let bytes = try bytes(path)
        guard let text = String(validating: bytes, as: UTF8.self), text.contains("-----BEGIN ") else {
            // Not PEM: take it as one DER object when it starts like a DER SEQUENCE.
            guard bytes.first == 0x30 else {
                throw CommandLineError(status: .dataError, message: "\(path): neither PEM nor DER")
            }
            return [bytes]
        }
        let documents: [PEMDocument]
        do {
            documents = try PEMDocument.parseAll(text, requiringLabel: label)
        } catch {
            throw CommandLineError(status: .dataError, message: "\(path): \(error)")
        }
        guard !documents.isEmpty else {
            throw CommandLineError(status: .dataError, message: "\(path): no \(label) block")
        }
        return documents.map(\.derBytes)
    }

    /// The certificates in a PEM or DER file, read by the project's reader.
    static func certificates(_ path: String) throws(CommandLineError) -> [Certificate] {
        var certificates: [Certificate] = []
        for (index, der) in try derObjects(path, label: "CERTIFICATE").enumerated() {
            do {
                certificates.append(try Certificate(derEncoded: der))
            } catch {
                throw CommandLineError(status: .dataError, message: "\(path): certificate \(index + 1): \(error)")
            }
        }
        return certificates
    }
}
