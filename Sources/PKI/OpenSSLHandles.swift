internal import COpenSSL
import X509

/// Serialises an OpenSSL object with one of its `i2d_*` functions.
///
/// - Parameter encode: Calls the `i2d_*` function with the output pointer it is given (`nil` to measure).
/// - Returns: The DER bytes, or `nil` when OpenSSL failed.
package func openSSLEncodeDER(_ encode: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32) -> [UInt8]? {
    let length = encode(nil)
    guard length > 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(length))
    let written = bytes.withUnsafeMutableBufferPointer { buffer -> Int32 in
        var cursor: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
        return encode(&cursor)
    }
    return written == length ? bytes : nil
}

/// Owns an OpenSSL `EVP_PKEY` and frees it when released.
package final class OpenSSLKey: @unchecked Sendable {
    /// The `EVP_PKEY *`. Valid as long as this object lives.
    package let pointer: OpaquePointer

    /// Takes ownership of a key: this object frees it.
    package init(takingOwnershipOf pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Parses a PKCS #8 DER private key.
    package convenience init(pkcs8DER der: [UInt8]) throws(PKIError) {
        let parsed = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_AutoPrivateKey(nil, &cursor, buffer.count)
        }
        guard let parsed else {
            throw PKIError(.openSSLFailure, "cannot read a private key", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        self.init(takingOwnershipOf: parsed)
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// The key as unencrypted PKCS #8 DER.
    package func pkcs8DER() -> [UInt8] {
        guard let info = EVP_PKEY2PKCS8(pointer) else { return [] }
        defer { PKCS8_PRIV_KEY_INFO_free(info) }
        return openSSLEncodeDER { i2d_PKCS8_PRIV_KEY_INFO(info, $0) } ?? []
    }

    /// The public half as DER SubjectPublicKeyInfo.
    package func subjectPublicKeyInfoDER() -> [UInt8] {
        openSSLEncodeDER { i2d_PUBKEY(pointer, $0) } ?? []
    }
}

/// Owns an OpenSSL `X509` and frees it when released.
package final class OpenSSLCertificate: @unchecked Sendable {
    /// The `X509 *`. Valid as long as this object lives.
    package let pointer: OpaquePointer

    /// Takes ownership of a certificate: this object frees it.
    package init(takingOwnershipOf pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Adds a reference to a certificate someone else owns; this object drops that reference when released.
    package init(addingReferenceTo pointer: OpaquePointer) {
        X509_up_ref(pointer)
        self.pointer = pointer
    }

    /// Parses a DER certificate with `d2i_X509`.
    package convenience init(der: [UInt8]) throws(PKIError) {
        let parsed = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
        guard let parsed else {
            throw PKIError(.openSSLFailure, "cannot read a certificate", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        self.init(takingOwnershipOf: parsed)
    }

    deinit {
        X509_free(pointer)
    }

    /// The certificate's DER encoding.
    package func der() -> [UInt8] {
        openSSLEncodeDER { i2d_X509(pointer, $0) } ?? []
    }
}

/// Owns an OpenSSL `X509_CRL` and frees it when released.
package final class OpenSSLCRL: @unchecked Sendable {
    /// The `X509_CRL *`. Valid as long as this object lives.
    package let pointer: OpaquePointer

    /// Takes ownership of a CRL: this object frees it.
    package init(takingOwnershipOf pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Parses a DER CRL.
    package convenience init(der: [UInt8]) throws(PKIError) {
        let parsed = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509_CRL(nil, &cursor, buffer.count)
        }
        guard let parsed else {
            throw PKIError(.openSSLFailure, "cannot read a CRL", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        self.init(takingOwnershipOf: parsed)
    }

    deinit {
        X509_CRL_free(pointer)
    }

    /// The CRL's DER encoding.
    package func der() -> [UInt8] {
        openSSLEncodeDER { i2d_X509_CRL(pointer, $0) } ?? []
    }
}
