public import DER

/// An AlgorithmIdentifier: an algorithm OID and its optional parameters.
public struct AlgorithmIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The algorithm.
    public let algorithm: OID
    /// The complete DER encoding of the parameters element, or `nil` when absent.
    public let parameters: ArraySlice<UInt8>?
    /// The complete DER encoding of the AlgorithmIdentifier.
    public let derEncoded: ArraySlice<UInt8>

    /// Reads an AlgorithmIdentifier SEQUENCE, checking the parameters as DER of any type.
    init(node: DERNode) throws(X509Error) {
        var fields = try reading("AlgorithmIdentifier") { try node.children(expecting: .sequence) }
        self.algorithm = try reading("AlgorithmIdentifier") {
            try fields.read(.objectIdentifier, "algorithm").objectIdentifier()
        }
        self.parameters = try reading("AlgorithmIdentifier parameters") { () throws in
            let parameters = try fields.next()
            try parameters?.validateTree(remainingDepth: 16)
            try fields.finish()
            return parameters?.encoded
        }
        self.derEncoded = node.encoded
    }

    /// Whether the parameters are present and are exactly NULL.
    public var hasNullParameters: Bool {
        parameters?.elementsEqual([0x05, 0x00]) ?? false
    }

    /// The algorithm's common name, such as `sha256WithRSAEncryption`, or `nil` when it is not one this module
    /// names.
    public var name: String? {
        Self.names[algorithm]
    }

    private static let names: [OID: String] = [
        .rsaEncryption: "rsaEncryption", .rsassaPSS: "RSASSA-PSS", .ecPublicKey: "id-ecPublicKey",
        .ed25519: "Ed25519", .ed448: "Ed448", .x25519: "X25519", .x448: "X448",
        .sha1WithRSAEncryption: "sha1WithRSAEncryption", .sha256WithRSAEncryption: "sha256WithRSAEncryption",
        .sha384WithRSAEncryption: "sha384WithRSAEncryption", .sha512WithRSAEncryption: "sha512WithRSAEncryption",
        .ecdsaWithSHA256: "ecdsa-with-SHA256", .ecdsaWithSHA384: "ecdsa-with-SHA384",
        .ecdsaWithSHA512: "ecdsa-with-SHA512", .md5WithRSAEncryption: "md5WithRSAEncryption",
        .sha224WithRSAEncryption: "sha224WithRSAEncryption", .ecdsaWithSHA1: "ecdsa-with-SHA1",
        .ecdsaWithSHA224: "ecdsa-with-SHA224",
    ]

    /// The hash a signature algorithm uses (`MD5`, `SHA1`, `SHA224`, `SHA256`, `SHA384`, `SHA512`), or `nil`
    /// for algorithms with no separate hash (EdDSA), with the hash in their parameters (RSASSA-PSS), or not
    /// known here.
    public var signatureHash: String? {
        Self.hashes[algorithm]
    }

    private static let hashes: [OID: String] = [
        .md5WithRSAEncryption: "MD5", .sha1WithRSAEncryption: "SHA1", .ecdsaWithSHA1: "SHA1",
        .sha224WithRSAEncryption: "SHA224", .ecdsaWithSHA224: "SHA224", .sha256WithRSAEncryption: "SHA256",
        .ecdsaWithSHA256: "SHA256", .sha384WithRSAEncryption: "SHA384", .ecdsaWithSHA384: "SHA384",
        .sha512WithRSAEncryption: "SHA512", .ecdsaWithSHA512: "SHA512",
    ]

    /// The name when known, otherwise the dotted OID.
    public var description: String {
        name ?? algorithm.description
    }
}
