internal import COpenSSL
import X509

/// The kind of key pair a scenario certificate gets.
public enum KeyType: String, Sendable, Hashable, CaseIterable {
    case ecP256 = "EC P-256"
    case ecP384 = "EC P-384"
    case rsa1024 = "RSA 1024"
    case rsa2048 = "RSA 2048"
    case ed25519 = "Ed25519"

    /// Generates a fresh key pair of this kind.
    func generate() throws(PKIError) -> OpenSSLKey {
        let key: OpaquePointer?
        switch self {
        case .ecP256: key = mtls_generate_ec_key(NID_X9_62_prime256v1)
        case .ecP384: key = mtls_generate_ec_key(NID_secp384r1)
        case .rsa1024: key = mtls_generate_rsa_key(1024)
        case .rsa2048: key = mtls_generate_rsa_key(2048)
        case .ed25519: key = mtls_generate_ed25519_key()
        }
        guard let key else {
            throw PKIError(
                .openSSLFailure, "cannot generate a \(rawValue) key", openSSLErrors: OpenSSLErrorQueue.drain())
        }
        return OpenSSLKey(takingOwnershipOf: key)
    }
}
