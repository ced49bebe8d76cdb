/// A ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2), with the extensions a policy cares about decoded.
///
/// Parsing is strict: every vector length is checked against its definition, an extension block may not repeat
/// a type, and no byte may follow the last field. Extensions this type does not decode are kept in
/// ``extensions`` as they were sent.
public struct ClientHello: Hashable, Sendable {
    /// The version field of the hello; 0x0303 in TLS 1.3, which moved version offers to `supported_versions`.
    public var legacyVersion: ProtocolVersion
    /// The 32-byte client random, which also names the connection in a key log.
    public var random: [UInt8]
    /// The legacy session id, 0 to 32 bytes.
    public var sessionID: [UInt8]
    /// The offered cipher suites, in preference order.
    public var cipherSuites: [CipherSuite]
    /// The offered compression methods; TLS 1.3 requires exactly `[0]`.
    public var compressionMethods: [UInt8]
    /// Every extension, in the order sent.
    public var extensions: [HelloExtension]
    /// The versions of `supported_versions`, or `nil` when the extension is absent.
    public var supportedVersions: [ProtocolVersion]?
    /// The groups of `supported_groups`, or `nil` when absent.
    public var supportedGroups: [NamedGroup]?
    /// The schemes of `signature_algorithms`, or `nil` when absent.
    public var signatureAlgorithms: [SignatureScheme]?
    /// The groups of the `key_share` entries, or `nil` when absent.
    public var keyShareGroups: [NamedGroup]?
    /// The host name of `server_name`, or `nil` when absent.
    public var serverName: String?

    /// Parses a complete handshake message: type, length, body.
    ///
    /// - Throws: ``WireError``; `.truncated` for every proper prefix of a valid message.
    public init(message: [UInt8]) throws {
        let raw = try HandshakeReassembler.single(message)
        guard raw.type == .clientHello else {
            throw WireError(.malformed, "expected client_hello, found \(raw.type)", offset: 0)
        }
        try self.init(body: raw.body, base: 4)
    }

    /// Parses the body of a ClientHello message.
    ///
    /// - Parameters:
    ///   - body: The bytes after the four-byte handshake header.
    ///   - base: Added to the offsets in errors, so they point into the enclosing input.
    public init(body: [UInt8], base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        legacyVersion = ProtocolVersion(rawValue: try reader.uint16("legacy_version"))
        random = try reader.bytes(32, "random")
        sessionID = try reader.vectorBytes("legacy_session_id", lengthBytes: 1, maximum: 32)
        cipherSuites = try reader.uint16List("cipher_suites", lengthBytes: 2, minimum: 2).map(CipherSuite.init)
        compressionMethods = try reader.vectorBytes("compression_methods", lengthBytes: 1, minimum: 1)
        extensions = reader.isAtEnd ? [] : try HelloExtension.readBlock(&reader, "client_hello")
        try reader.expectEnd("client_hello")
        supportedVersions = try extensions.decode(.supportedVersions, ExtensionDecoders.offeredVersions)
        supportedGroups = try extensions.decode(.supportedGroups, ExtensionDecoders.groups)
        signatureAlgorithms = try extensions.decode(.signatureAlgorithms, ExtensionDecoders.signatureSchemes)
        keyShareGroups = try extensions.decode(.keyShare, ExtensionDecoders.clientKeyShares)
        serverName = try extensions.decode(.serverName, ExtensionDecoders.serverName) ?? nil
    }

    /// Reads the first ClientHello from the bytes a client wrote: records, possibly several, as sent.
    ///
    /// - Parameter stream: The start of the client's byte stream.
    /// - Throws: `.truncated` when the bytes end before the hello does, so a caller can read more and retry;
    ///   any other ``WireError`` when the bytes are not a ClientHello.
    public static func first(in stream: [UInt8]) throws -> ClientHello {
        var records = RecordReader()
        records.append(stream)
        var messages = HandshakeReassembler()
        while let (offset, record) = try records.next() {
            guard record.contentType == .handshake else {
                throw WireError(.malformed, "expected a handshake record, found \(record.contentType)", offset: offset)
            }
            messages.append(record.fragment)
            if let message = try messages.next() {
                guard message.type == .clientHello else {
                    throw WireError(.malformed, "expected client_hello, found \(message.type)", offset: offset)
                }
                return try ClientHello(body: message.body)
            }
        }
        throw WireError(.truncated, "stream ends before the ClientHello is complete", offset: stream.count)
    }

    /// The versions the client offers: `supported_versions` when present, else the legacy version alone.
    public var offeredVersions: [ProtocolVersion] { supportedVersions ?? [legacyVersion] }
}
