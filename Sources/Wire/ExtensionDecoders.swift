/// Decoders for the data of the extensions the inspection shows (RFC 8446 §4.2, RFC 6066 §3).
enum ExtensionDecoders {
    /// The version list of a ClientHello's supported_versions.
    static func offeredVersions(_ reader: inout ByteReader) throws -> [ProtocolVersion] {
        try reader.uint16List("supported_versions", lengthBytes: 1, minimum: 2).map(ProtocolVersion.init)
    }

    /// The single version of a ServerHello's supported_versions.
    static func selectedVersion(_ reader: inout ByteReader) throws -> ProtocolVersion {
        ProtocolVersion(rawValue: try reader.uint16("selected version"))
    }

    /// A supported_groups list.
    static func groups(_ reader: inout ByteReader) throws -> [NamedGroup] {
        try reader.uint16List("named_group_list", lengthBytes: 2, minimum: 2).map(NamedGroup.init)
    }

    /// A signature_algorithms or signature_algorithms_cert list.
    static func signatureSchemes(_ reader: inout ByteReader) throws -> [SignatureScheme] {
        try reader.uint16List("supported_signature_algorithms", lengthBytes: 2, minimum: 2).map(
            SignatureScheme.init)
    }

    /// The groups of a ClientHello's key_share entries.
    static func clientKeyShares(_ reader: inout ByteReader) throws -> [NamedGroup] {
        var shares = try reader.vector("client_shares", lengthBytes: 2)
        var groups: [NamedGroup] = []
        while !shares.isAtEnd {
            groups.append(try keyShareEntry(&shares))
        }
        return groups
    }

    /// One KeyShareEntry, returning its group; the key itself is checked for length only.
    static func keyShareEntry(_ reader: inout ByteReader) throws -> NamedGroup {
        let group = NamedGroup(rawValue: try reader.uint16("key share group"))
        _ = try reader.vector("key_exchange", lengthBytes: 2, minimum: 1)
        return group
    }

    /// The group a HelloRetryRequest asks for.
    static func requestedGroup(_ reader: inout ByteReader) throws -> NamedGroup {
        NamedGroup(rawValue: try reader.uint16("selected group"))
    }

    /// The host name of a server_name extension; `nil` for the empty form a server sends back.
    static func serverName(_ reader: inout ByteReader) throws -> String? {
        guard !reader.isAtEnd else { return nil }
        var list = try reader.vector("server_name_list", lengthBytes: 2, minimum: 1)
        var hostName: String?
        while !list.isAtEnd {
            let type = try list.uint8("name_type")
            let name = try list.vectorBytes("host_name", lengthBytes: 2, minimum: 1)
            if type == 0, hostName == nil { hostName = String(decoding: name, as: UTF8.self) }
        }
        return hostName
    }
}
