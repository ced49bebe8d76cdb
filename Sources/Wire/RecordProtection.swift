internal import COpenSSL

/// Opens the protected records of one direction in one TLS 1.3 epoch (RFC 8446 §5.2-5.3).
///
/// Owns an OpenSSL cipher context, freed in `deinit`. Each call to ``open(_:)`` uses the next record sequence
/// number, whether or not the record authenticates, so that one bad record does not desynchronise the rest.
final class RecordProtection {
    private let context: OpaquePointer
    private let keys: TrafficKeys
    private let parameters: AEADParameters
    /// The sequence number of the next record to open.
    private(set) var sequenceNumber: UInt64 = 0

    /// The length of the AEAD tag that ends every protected record.
    static let tagLength = 16

    /// Prepares to open records protected under the keys derived from `secret`.
    ///
    /// - Throws: ``WireError`` for a suite that cannot be decrypted, or when OpenSSL fails.
    init(secret: [UInt8], cipherSuite: CipherSuite) throws {
        parameters = try AEADParameters(cipherSuite)
        keys = try TrafficKeys(secret: secret, cipherSuite: cipherSuite)
        guard let context = EVP_CIPHER_CTX_new() else { throw WireError.openSSL("EVP_CIPHER_CTX_new") }
        self.context = context
    }

    deinit { EVP_CIPHER_CTX_free(context) }

    /// The nonce of the record with sequence number `sequence`: the IV XOR the left-padded sequence number.
    func nonce(for sequence: UInt64) -> [UInt8] {
        var nonce = keys.iv
        for index in 0..<8 {
            nonce[nonce.count - 1 - index] ^= UInt8(truncatingIfNeeded: sequence >> (8 * index))
        }
        return nonce
    }

    /// Decrypts one protected record and strips its padding.
    ///
    /// - Parameter record: An `application_data` record as it appeared on the wire.
    /// - Returns: The real content type and the content.
    /// - Throws: `.decryptionFailed` when the record does not authenticate, `.malformed` when the plaintext has
    ///   no content type or is too long.
    func open(_ record: TLSRecord) throws -> (type: ContentType, content: [UInt8]) {
        let sequence = sequenceNumber
        sequenceNumber &+= 1
        guard record.fragment.count >= Self.tagLength + 1 else {
            throw WireError(.malformed, "protected record of \(record.fragment.count) bytes is shorter than a tag")
        }
        let ciphertext = Array(record.fragment.dropLast(Self.tagLength))
        var tag = Array(record.fragment.suffix(Self.tagLength))
        let plaintext = try decrypt(ciphertext, tag: &tag, additionalData: record.header, nonce: nonce(for: sequence))

        // The inner plaintext is content, one content type byte, then zero padding (RFC 8446 §5.4).
        guard let typeIndex = plaintext.lastIndex(where: { $0 != 0 }) else {
            throw WireError(.malformed, "protected record \(sequence) holds only padding")
        }
        guard typeIndex <= TLSRecord.maximumPlaintextLength else {
            throw WireError(.malformed, "protected record \(sequence) has \(typeIndex) bytes of content, over 2^14")
        }
        let type = ContentType(rawValue: plaintext[typeIndex])
        guard type.isKnown, type != .changeCipherSpec else {
            throw WireError(.malformed, "protected record \(sequence) carries content type \(type)")
        }
        return (type, Array(plaintext[..<typeIndex]))
    }

    private func decrypt(
        _ ciphertext: [UInt8], tag: inout [UInt8], additionalData: [UInt8], nonce: [UInt8]
    ) throws -> [UInt8] {
        guard EVP_CIPHER_CTX_reset(context) == 1,
            EVP_DecryptInit_ex(context, parameters.cipher(), nil, nil, nil) == 1,
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_IVLEN, Int32(nonce.count), nil) == 1,
            EVP_DecryptInit_ex(context, nil, nil, keys.key, nonce) == 1
        else { throw WireError.openSSL("AEAD setup") }
        var length: Int32 = 0
        guard EVP_DecryptUpdate(context, nil, &length, additionalData, Int32(additionalData.count)) == 1 else {
            throw WireError.openSSL("AEAD additional data")
        }
        var plaintext = [UInt8](repeating: 0, count: ciphertext.count + 32)
        guard EVP_DecryptUpdate(context, &plaintext, &length, ciphertext, Int32(ciphertext.count)) == 1 else {
            throw WireError.openSSL("AEAD decrypt")
        }
        var total = Int(length)
        guard EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, Int32(tag.count), &tag) == 1 else {
            throw WireError.openSSL("AEAD set tag")
        }
        let finished = plaintext.withUnsafeMutableBufferPointer { buffer in
            EVP_DecryptFinal_ex(context, buffer.baseAddress! + total, &length)
        }
        guard finished == 1 else {
            ERR_clear_error()
            throw WireError(.decryptionFailed, "record \(sequenceNumber - 1) does not authenticate")
        }
        total += Int(length)
        return Array(plaintext[..<total])
    }
}
