/// The kind of a public key, named after its algorithm.
public struct KeyType: Sendable, Hashable, CustomStringConvertible {
    /// The key kind's usual name: `RSA`, `EC`, `Ed25519`, ...
    public let name: String

    private init(_ name: String) {
        self.name = name
    }

    /// An RSA key under rsaEncryption.
    public static let rsa = KeyType("RSA")
    /// An RSA key restricted to RSASSA-PSS.
    public static let rsaPSS = KeyType("RSA-PSS")
    /// An elliptic-curve key under id-ecPublicKey.
    public static let ec = KeyType("EC")
    /// An Ed25519 signing key.
    public static let ed25519 = KeyType("Ed25519")
    /// An Ed448 signing key.
    public static let ed448 = KeyType("Ed448")
    /// An X25519 key-agreement key.
    public static let x25519 = KeyType("X25519")
    /// An X448 key-agreement key.
    public static let x448 = KeyType("X448")
    /// A key of an algorithm this module does not know.
    public static let unknown = KeyType("unknown")

    /// The name.
    public var description: String {
        name
    }
}
