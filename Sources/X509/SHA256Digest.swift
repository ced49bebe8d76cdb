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
            throw X509Error(.digestFailed, "EVP_Digest(SHA-256) failed: \(OpenSSLErrorQueue.drainedLine())")
        }
        return digest
    }
}
