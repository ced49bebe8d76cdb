/// A Certificate handshake message: the sender's chain as raw DER, in its TLS 1.3 form with a request context
/// and per-entry extensions (RFC 8446 §4.4.2) or its older form (RFC 5246 §7.4.2).
public struct CertificateMessage: Hashable, Sendable {
    /// One certificate of the chain.
    public struct Entry: Hashable, Sendable {
        /// The certificate's DER encoding, exactly as sent.
        public var der: [UInt8]
        /// The entry's extensions (TLS 1.3 only), such as OCSP status or SCTs.
        public var extensions: [HelloExtension]

        /// Creates an entry.
        public init(der: [UInt8], extensions: [HelloExtension] = []) {
            self.der = der
            self.extensions = extensions
        }
    }

    /// The TLS 1.3 certificate_request_context; `nil` in the older form.
    public var requestContext: [UInt8]?
    /// The chain, end-entity first; empty when the client has no certificate to send.
    public var entries: [Entry]

    /// The DER encodings of the chain, end-entity first.
    public var certificates: [[UInt8]] { entries.map(\.der) }

    /// Creates a message to send.
    public init(requestContext: [UInt8]?, entries: [Entry]) {
        self.requestContext = requestContext
        self.entries = entries
    }

    /// Parses the message body in the form `version` uses.
    ///
    /// - Parameters:
    ///   - body: The message body.
    ///   - version: The negotiated version.
    ///   - base: Added to the offsets in errors.
    public init(body: [UInt8], version: ProtocolVersion, base: Int = 0) throws {
        var reader = ByteReader(body, base: base)
        let isTLS13 = version >= .tls13
        requestContext = isTLS13 ? try reader.vectorBytes("certificate_request_context", lengthBytes: 1) : nil
        var list = try reader.vector("certificate_list", lengthBytes: 3)
        entries = []
        while !list.isAtEnd {
            let der = try list.vectorBytes("cert_data", lengthBytes: 3, minimum: 1)
            let extensions = isTLS13 ? try HelloExtension.readBlock(&list, "certificate entry") : []
            entries.append(Entry(der: der, extensions: extensions))
        }
        try reader.expectEnd("certificate")
    }

    /// The message body as it goes on the wire.
    public func body() throws -> [UInt8] {
        var writer = ByteWriter()
        if let requestContext { try writer.vector(lengthBytes: 1) { $0.raw(requestContext) } }
        try writer.vector(lengthBytes: 3) { list in
            for entry in entries {
                try list.vector(lengthBytes: 3) { $0.raw(entry.der) }
                if requestContext != nil { try HelloExtension.writeBlock(entry.extensions, to: &list) }
            }
        }
        return writer.bytes
    }
}
