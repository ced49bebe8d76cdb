/// The TLS 1.3 EncryptedExtensions message (RFC 8446 §4.3.1): the server's extensions that need no key share.
public struct EncryptedExtensions: Hashable, Sendable {
    /// Every extension, in the order sent.
    public var extensions: [HelloExtension]
    /// The groups of `supported_groups` the server prefers, or `nil` when absent.
    public var supportedGroups: [NamedGroup]?

    /// Parses the message body.
    public init(body: [UInt8], base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        extensions = try HelloExtension.readBlock(&reader, "encrypted_extensions")
        try reader.expectEnd("encrypted_extensions")
        supportedGroups = try extensions.decode(.supportedGroups, ExtensionDecoders.groups)
    }
}
