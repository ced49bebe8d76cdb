import Foundation

/// What the policy rules need to know about one certificate of a verified chain.
///
/// The TLS layer fills these from the chain that chain verification built, leaf first and trust anchor last,
/// and hands them to ``TLSPolicy/evaluate(chain:)``.
public struct CertificateFacts: Sendable, Hashable {
    /// The family of a certificate's public key.
    public enum KeyFamily: String, Sendable, Hashable {
        case rsa = "RSA"
        case ec = "EC"
        case edwards = "EdDSA"
        case other
    }

    /// The subject, in a form for people.
    public var subject: String
    /// The start of the validity period.
    public var notBefore: Date
    /// The end of the validity period.
    public var notAfter: Date
    /// DNS subject alternative names.
    public var dnsNames: [String]
    /// URI subject alternative names, SPIFFE IDs among them.
    public var uris: [String]
    /// Whether basic constraints say `CA:TRUE`.
    public var isCA: Bool
    /// The public key's family.
    public var keyFamily: KeyFamily
    /// The public key's size in bits (the modulus for RSA, the curve for EC).
    public var keyBits: Int
    /// The hash of the certificate's signature (`SHA1`, `SHA256`, ...), or `nil` when the algorithm has none
    /// of its own (EdDSA).
    public var signatureHash: String?

    /// Creates the facts for one certificate.
    public init(
        subject: String, notBefore: Date, notAfter: Date, dnsNames: [String], uris: [String], isCA: Bool,
        keyFamily: KeyFamily, keyBits: Int, signatureHash: String?
    ) {
        self.subject = subject
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.dnsNames = dnsNames
        self.uris = uris
        self.isCA = isCA
        self.keyFamily = keyFamily
        self.keyBits = keyBits
        self.signatureHash = signatureHash
    }
}
