internal import DER

/// A SubjectPublicKeyInfo: the algorithm of a public key and the key itself.
///
/// Reading checks that the key suits its algorithm, so that ``keyType``, ``keySizeInBits`` and ``curve`` can
/// be trusted: an RSA key must be a DER RSAPublicKey with a positive modulus and rsaEncryption parameters NULL
/// or absent; an EC key must name its curve (no explicit curve parameters, RFC 5480) and, for the curves this
/// module knows, be a point of the right length; Ed25519, Ed448, X25519 and X448 keys must have no parameters
/// and the key length of their algorithm (RFC 8410). Keys of other algorithms are kept without checks.
public struct SubjectPublicKeyInfo: Sendable, Hashable {
    /// The complete DER encoding: what SPKI pins hash.
    public let derEncoded: ArraySlice<UInt8>
    /// The key's algorithm and parameters.
    public let algorithm: AlgorithmIdentifier
    /// The key bytes held in the subjectPublicKey BIT STRING.
    public let publicKey: ArraySlice<UInt8>
    /// The kind of key.
    public let keyType: KeyType
    /// The size of the key in bits: the modulus length for RSA, the field size of the curve for EC, and the
    /// length of the key encoding for Ed25519 (256), Ed448 (456), X25519 (256) and X448 (448). `nil` for keys
    /// of unknown algorithms or on unknown curves.
    public let keySizeInBits: Int?
    /// The named curve of an EC key, `nil` for other keys.
    public let curve: NamedCurve?

    /// Reads a SubjectPublicKeyInfo element.
    init(node: DERNode) throws(X509Error) {
        var fields = try reading("subjectPublicKeyInfo") { () throws in
            try node.children(expecting: .sequence)
        }
        let algorithm = try AlgorithmIdentifier(
            node: reading("subjectPublicKeyInfo") { () throws in try fields.read(.sequence, "algorithm") }
        )
        let bits = try reading("subjectPublicKey") { () throws in
            let bits = try fields.read(.bitString, "subjectPublicKey").bitString()
            try fields.finish()
            return bits
        }
        guard bits.unusedBits == 0 else {
            throw X509Error(.invalidPublicKey, "the public key is not a whole number of bytes")
        }
        self.derEncoded = node.encoded
        self.algorithm = algorithm
        self.publicKey = bits.bytes
        (self.keyType, self.keySizeInBits, self.curve) = try Self.describe(algorithm, bits.bytes)
    }

    /// Works out the key's type, size and curve, checking the key against its algorithm.
    private static func describe(
        _ algorithm: AlgorithmIdentifier,
        _ key: ArraySlice<UInt8>
    ) throws(X509Error) -> (KeyType, Int?, NamedCurve?) {
        switch algorithm.algorithm {
        case .rsaEncryption, .rsassaPSS:
            if algorithm.algorithm == .rsaEncryption && algorithm.parameters != nil && !algorithm.hasNullParameters {
                throw X509Error(.invalidPublicKey, "rsaEncryption parameters must be NULL")
            }
            let type: KeyType = algorithm.algorithm == .rsaEncryption ? .rsa : .rsaPSS
            return (type, try rsaModulusBits(key), nil)
        case .ecPublicKey:
            let curve = try namedCurve(algorithm)
            if let coordinateBytes = curve.coordinateBytes {
                try checkPoint(key, coordinateBytes: coordinateBytes, curve: curve)
            }
            return (.ec, curve.bits, curve)
        case .ed25519:
            return (.ed25519, try checkRawKey(algorithm, key, bytes: 32, "Ed25519"), nil)
        case .ed448:
            return (.ed448, try checkRawKey(algorithm, key, bytes: 57, "Ed448"), nil)
        case .x25519:
            return (.x25519, try checkRawKey(algorithm, key, bytes: 32, "X25519"), nil)
        case .x448:
            return (.x448, try checkRawKey(algorithm, key, bytes: 56, "X448"), nil)
        default:
            return (.unknown, nil, nil)
        }
    }

    /// Reads RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } and returns the modulus bits.
    private static func rsaModulusBits(_ key: ArraySlice<UInt8>) throws(X509Error) -> Int {
        let modulus = try reading("RSA public key") { () throws in
            var top = DERSequenceReader(content: key)
            var fields = try top.read(.sequence, "RSAPublicKey").children()
            try top.finish()
            let modulus = try fields.read(.integer, "modulus").integerBytes()
            let exponent = try fields.read(.integer, "publicExponent").integerBytes()
            try fields.finish()
            guard (exponent.first ?? 0) < 0x80, exponent != [0] else {
                throw DERError(.invalidInteger, "the RSA public exponent is not positive", offset: exponent.startIndex)
            }
            return modulus
        }
        guard let first = modulus.first, first < 0x80, modulus != [0] else {
            throw X509Error(.invalidPublicKey, "the RSA modulus is not positive", offset: modulus.startIndex)
        }
        let significant = first == 0 ? modulus.dropFirst() : modulus
        return significant.count * 8 - (significant.first ?? 0).leadingZeroBitCount
    }

    private static func namedCurve(_ algorithm: AlgorithmIdentifier) throws(X509Error) -> NamedCurve {
        guard let parameters = algorithm.parameters else {
            throw X509Error(.invalidPublicKey, "an EC key must name its curve, RFC 5480")
        }
        let oid = try reading("EC parameters") { () throws -> OID? in
            var top = DERSequenceReader(content: parameters)
            let node = try top.readAny("curve")
            return node.tag == .objectIdentifier ? try node.objectIdentifier() : nil
        }
        guard let oid else {
            throw X509Error(.invalidPublicKey, "EC parameters must be a named curve OID, RFC 5480")
        }
        return NamedCurve(oid: oid)
    }

    private static func checkPoint(
        _ key: ArraySlice<UInt8>,
        coordinateBytes: Int,
        curve: NamedCurve
    ) throws(X509Error) {
        let valid: Bool
        switch key.first {
        case 0x04:
            valid = key.count == 1 + 2 * coordinateBytes
        case 0x02, 0x03:
            valid = key.count == 1 + coordinateBytes
        default:
            valid = false
        }
        guard valid else {
            throw X509Error(.invalidPublicKey, "the key is not an encoded \(curve) point")
        }
    }

    private static func checkRawKey(
        _ algorithm: AlgorithmIdentifier,
        _ key: ArraySlice<UInt8>,
        bytes: Int,
        _ name: String
    ) throws(X509Error) -> Int {
        guard algorithm.parameters == nil else {
            throw X509Error(.invalidPublicKey, "\(name) keys must have no parameters, RFC 8410")
        }
        guard key.count == bytes else {
            throw X509Error(.invalidPublicKey, "an \(name) key has \(key.count) bytes, not \(bytes)")
        }
        return bytes * 8
    }
}
