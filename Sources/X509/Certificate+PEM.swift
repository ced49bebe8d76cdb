extension Certificate {
    /// The PEM label of certificates.
    public static let pemLabel = "CERTIFICATE"

    /// Reads a certificate from a text holding exactly one `CERTIFICATE` PEM block.
    ///
    /// - Parameter pemEncoded: The text; lines outside the block are ignored.
    /// - Throws: ``X509Error/Code/invalidPEM`` for the text, or a certificate error for its content.
    public init(pemEncoded: String) throws(X509Error) {
        let document = try PEMDocument(pemEncoded: pemEncoded, requiringLabel: Self.pemLabel)
        try self.init(derEncoded: document.derBytes)
    }

    /// Reads every certificate of a PEM text, such as a chain file; every block must be a `CERTIFICATE`.
    ///
    /// - Parameter pemEncoded: The text.
    /// - Returns: The certificates in file order.
    /// - Throws: ``X509Error`` for the first block that fails.
    public static func certificates(pemEncoded: String) throws(X509Error) -> [Certificate] {
        var result: [Certificate] = []
        for document in try PEMDocument.parseAll(pemEncoded, requiringLabel: pemLabel) {
            result.append(try Certificate(derEncoded: document.derBytes))
        }
        return result
    }

    /// The certificate as a `CERTIFICATE` PEM block with 64-character lines.
    public var pemEncoded: String {
        PEMDocument(label: Self.pemLabel, derBytes: derEncoded).pemEncoded
    }
}
