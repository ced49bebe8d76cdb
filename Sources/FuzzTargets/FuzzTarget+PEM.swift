internal import X509

extension FuzzTarget {
    /// The PEM reader on arbitrary text.
    ///
    /// Properties of every text the reader accepts: writing its blocks again and reading the result gives the
    /// same blocks, alone and concatenated; and a `CERTIFICATE` block whose body is a certificate reads to the
    /// same certificate through ``X509/Certificate/init(pemEncoded:)``.
    public static let pem = FuzzTarget(
        name: "pem",
        property: "accepted PEM re-encodes to blocks that read back to the same labels and bytes"
    ) { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        guard let documents = try? PEMDocument.parseAll(text) else {
            return .rejected
        }
        for document in documents {
            let written = document.pemEncoded
            guard let again = try? PEMDocument(pemEncoded: written, requiringLabel: document.label),
                again == document
            else {
                violated("pem", "the block labelled \"\(document.label)\" does not read back from \(written)")
            }
            if document.label == Certificate.pemLabel, let certificate = try? Certificate(derEncoded: document.derBytes)
            {
                guard (try? Certificate(pemEncoded: written)) == certificate else {
                    violated("pem", "a certificate read from DER is not read the same from its PEM block")
                }
            }
        }
        let joined = documents.map(\.pemEncoded).joined()
        guard (try? PEMDocument.parseAll(joined)) == documents else {
            violated("pem", "\(documents.count) blocks written back to back do not read back as the same blocks")
        }
        if documents.count == 1, (try? PEMDocument(pemEncoded: text)) != documents[0] {
            violated("pem", "a text with one block is read differently by the one-block reader")
        }
        return .accepted
    }
}
