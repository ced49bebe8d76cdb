/// One extension of a hello, EncryptedExtensions, CertificateRequest, Certificate entry or NewSessionTicket:
/// a type and its undecoded data. Unknown types are kept, never refused.
public struct HelloExtension: Hashable, Sendable {
    /// The extension's type.
    public var type: ExtensionType
    /// The extension's data, exactly as sent.
    public var data: [UInt8]

    /// Creates an extension.
    public init(type: ExtensionType, data: [UInt8]) {
        self.type = type
        self.data = data
    }

    /// Reads an extension block: a vector with a two-byte length of type, data pairs.
    ///
    /// - Throws: ``WireError`` for a truncated block or a type that appears twice (RFC 8446 §4.2).
    static func readBlock(_ reader: inout ByteReader, _ what: String, minimum: Int = 0) throws -> [HelloExtension] {
        var block = try reader.vector("\(what) extensions", lengthBytes: 2, minimum: minimum)
        var extensions: [HelloExtension] = []
        var seen: Set<UInt16> = []
        while !block.isAtEnd {
            let typeOffset = block.offset
            let type = ExtensionType(rawValue: try block.uint16("extension type"))
            guard seen.insert(type.rawValue).inserted else {
                throw WireError(.malformed, "\(what) repeats extension \(type)", offset: typeOffset)
            }
            let data = try block.vectorBytes("\(type) extension", lengthBytes: 2)
            extensions.append(HelloExtension(type: type, data: data))
        }
        return extensions
    }

    /// Writes an extension block.
    static func writeBlock(_ extensions: [HelloExtension], to writer: inout ByteWriter) throws {
        try writer.vector(lengthBytes: 2) { block in
            for item in extensions {
                block.uint16(item.type.rawValue)
                try block.vector(lengthBytes: 2) { $0.raw(item.data) }
            }
        }
    }
}

extension [HelloExtension] {
    /// The first extension of `type`, if present.
    public subscript(type: ExtensionType) -> HelloExtension? { first { $0.type == type } }

    /// Decodes the data of the extension of `type` with `decode`, or returns `nil` when it is absent.
    ///
    /// - Throws: ``WireError`` when the data does not decode or leaves bytes over.
    func decode<Value>(
        _ type: ExtensionType, _ decode: (inout ByteReader) throws -> Value
    ) throws -> Value? {
        guard let item = self[type] else { return nil }
        var reader = ByteReader(item.data)
        let value = try decode(&reader)
        try reader.expectEnd("\(type) extension")
        return value
    }
}
