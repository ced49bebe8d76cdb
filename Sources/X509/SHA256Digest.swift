internal import COpenSSL

/// SHA-256 computed by OpenSSL's EVP interface.
enum SHA256Digest {
    /// The digest of `bytes`.
    ///
    /// - Throws: ``X509Error/Code/digestFailed`` with OpenSSL's error queue when OpenSSL refuses.
    static func hash(_ bytes: some Collection<UInt8>) throws(X509Error) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let input = Array(bytes)
        let status = input.withUnsafeBytes { source in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(source.baseAddress, source.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        guard status == 1, length == 32 else {
            throw X509Error(.digestFailed, "EVP_Digest(SHA-256) failed: \(drainedOpenSSLErrors())")
        }
        return digest
    }

    /// Empties OpenSSL's error queue of this thread into one line.
    private static func drainedOpenSSLErrors() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            guard code != 0 else {
                break
            }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? "no OpenSSL error reported" : messages.joined(separator: "; ")
    }
}
