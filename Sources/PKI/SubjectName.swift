import DER

/// A subject alternative name the scenario PKI writes into a leaf.
///
/// The extension is encoded here, byte by byte, rather than through OpenSSL's configuration syntax, so that a
/// name from a policy file can never add names of its own (a comma in a configuration string would).
enum SubjectName {
    /// A dNSName.
    case dns(String)
    /// A uniformResourceIdentifier.
    case uri(String)

    /// The DER value of a subjectAltName extension holding the names, in order.
    static func extensionValue(_ names: [SubjectName]) -> [UInt8] {
        var writer = DERWriter()
        writer.appendConstructed(.sequence) { (sequence: inout DERWriter) in
            for name in names {
                switch name {
                case .dns(let host): sequence.appendPrimitive(.contextSpecific(2), content: Array(host.utf8))
                case .uri(let uri): sequence.appendPrimitive(.contextSpecific(6), content: Array(uri.utf8))
                }
            }
        }
        return writer.bytes
    }
}
