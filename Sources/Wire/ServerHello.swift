/// A ServerHello or HelloRetryRequest (RFC 8446 §4.1.3-4.1.4, RFC 5246 §7.4.1.3).
public struct ServerHello: Hashable, Sendable {
    /// The random that marks a ServerHello as a HelloRetryRequest: SHA-256 of "HelloRetryRequest".
    public static let helloRetryRequestRandom: [UInt8] = [
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    ]

    /// The version field; the negotiated version for TLS 1.2 and earlier, frozen at 0x0303 by TLS 1.3.
    public var legacyVersion: ProtocolVersion
    /// The 32-byte server random.
    public var random: [UInt8]
    /// The session id echoed or assigned by the server.
    public var sessionID: [UInt8]
    /// The chosen cipher suite.
    public var cipherSuite: CipherSuite
    /// The chosen compression method; anything but 0 is a finding.
    public var compressionMethod: UInt8
    /// Every extension, in the order sent.
    public var extensions: [HelloExtension]
    /// Whether the hello carries an extensions block at all. An empty block and no block both mean "no
    /// extensions" but are different bytes, and a reader that re-encodes must keep which one was sent.
    public var hasExtensionBlock: Bool
    /// The version of `supported_versions`, or `nil` when absent (as it is below TLS 1.3).
    public var selectedVersion: ProtocolVersion?
    /// The group of `key_share`: the server's share, or in a HelloRetryRequest the group it asks for.
    public var keyShareGroup: NamedGroup?

    /// Creates a ServerHello to send.
    public init(
        legacyVersion: ProtocolVersion, random: [UInt8], sessionID: [UInt8], cipherSuite: CipherSuite,
        extensions: [HelloExtension] = []
    ) {
        self.legacyVersion = legacyVersion
        self.random = random
        self.sessionID = sessionID
        self.cipherSuite = cipherSuite
        self.compressionMethod = 0
        self.extensions = extensions
        hasExtensionBlock = !extensions.isEmpty
    }

    /// Parses the body of a ServerHello message.
    ///
    /// - Parameters:
    ///   - body: The bytes after the four-byte handshake header.
    ///   - base: Added to the offsets in errors.
    public init(body: [UInt8], base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        legacyVersion = ProtocolVersion(rawValue: try reader.uint16("legacy_version"))
        random = try reader.bytes(32, "random")
        sessionID = try reader.vectorBytes("legacy_session_id_echo", lengthBytes: 1, maximum: 32)
        cipherSuite = CipherSuite(rawValue: try reader.uint16("cipher_suite"))
        compressionMethod = try reader.uint8("legacy_compression_method")
        hasExtensionBlock = !reader.isAtEnd
        extensions = reader.isAtEnd ? [] : try HelloExtension.readBlock(&reader, "server_hello")
        try reader.expectEnd("server_hello")
        selectedVersion = try extensions.decode(.supportedVersions, ExtensionDecoders.selectedVersion)
        let isRetry = random == Self.helloRetryRequestRandom
        keyShareGroup = try extensions.decode(
            .keyShare, isRetry ? ExtensionDecoders.requestedGroup : ExtensionDecoders.keyShareEntry)
    }

    /// Whether this is a HelloRetryRequest, which TLS 1.3 marks with a fixed random.
    public var isHelloRetryRequest: Bool { random == Self.helloRetryRequestRandom }

    /// The version the server chose: `supported_versions` when present, else the legacy version.
    public var negotiatedVersion: ProtocolVersion { selectedVersion ?? legacyVersion }

    /// The version a TLS 1.3 server signals it was pushed down from, through the last eight bytes of its random
    /// (RFC 8446 §4.1.3): TLS 1.3 for `DOWNGRD\u{1}`, TLS 1.2 for `DOWNGRD\u{0}`, otherwise `nil`.
    public var downgradeSentinel: ProtocolVersion? {
        let marker: [UInt8] = [0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44]
        guard random.count == 32, Array(random[24..<31]) == marker else { return nil }
        switch random[31] {
        case 1: return .tls13
        case 0: return .tls12
        default: return nil
        }
    }

    /// The message body as it goes on the wire.
    ///
    /// - Throws: ``WireError`` when a field does not fit its length prefix.
    public func body() throws -> [UInt8] {
        var writer = ByteWriter()
        writer.uint16(legacyVersion.rawValue)
        writer.raw(random)
        try writer.vector(lengthBytes: 1) { $0.raw(sessionID) }
        writer.uint16(cipherSuite.rawValue)
        writer.uint8(compressionMethod)
        if hasExtensionBlock || !extensions.isEmpty { try HelloExtension.writeBlock(extensions, to: &writer) }
        return writer.bytes
    }
}
