import Foundation

extension TLSPolicy {
    /// The fields of the JSON form, each with the type it must have.
    static let jsonFields: [String] = [
        "name", "minVersion", "maxVersion", "tls12CipherSuites", "tls13CipherSuites", "groups",
        "signatureAlgorithms", "clientCertificate", "revocation", "maxLeafLifetimeDays", "allowWildcardNames",
        "minRSABits", "minECBits", "forbiddenSignatureHashes", "allowedPeerIdentities", "spiffeTrustDomains",
        "pinning", "dangerouslyAcceptAnyCertificate",
    ]

    /// The largest policy file read, in bytes.
    public static let maximumFileSize = 1024 * 1024

    /// Reads and validates a policy file.
    ///
    /// - Parameter path: The JSON file to read.
    /// - Returns: The validated policy; its name defaults to the file's name without extension.
    /// - Throws: ``PolicyError`` whose description names the file, the field and the problem.
    public static func load(contentsOf path: String) throws(PolicyError) -> TLSPolicy {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw PolicyError(.unreadableFile, "no such policy file", file: path)
        }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size <= maximumFileSize,
            let data = FileManager.default.contents(atPath: path)
        else {
            let reason =
                status.st_mode & S_IFMT != S_IFREG
                ? "not a regular file" : "larger than the \(maximumFileSize) bytes a policy may have"
            throw PolicyError(status.st_mode & S_IFMT != S_IFREG ? .unreadableFile : .malformedJSON, reason, file: path)
        }
        let defaultName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            return try TLSPolicy(jsonData: data, defaultName: defaultName)
        } catch {
            var located = error
            located.file = path
            throw located
        }
    }

    /// Parses and validates the JSON form of a policy.
    ///
    /// Every field but `name` and `dangerouslyAcceptAnyCertificate` is required, so that nothing is decided
    /// by a default the author did not see. Unknown fields are refused.
    ///
    /// - Parameters:
    ///   - jsonData: The UTF-8 JSON text.
    ///   - defaultName: The name to use when the document has no `name` field.
    public init(jsonData: Data, defaultName: String = "custom") throws(PolicyError) {
        let document: JSONValue
        do {
            document = try StrictJSONReader.parse([UInt8](jsonData))
        } catch {
            throw PolicyError(.malformedJSON, "not valid JSON: \(error.description)")
        }
        guard let fields = document.members else {
            throw PolicyError(.malformedJSON, "the policy must be a JSON object, found \(document.typeName)")
        }
        let reader = PolicyFieldReader(fields: fields)
        try reader.refuseUnknownFields(known: Self.jsonFields)
        let identities = try reader.peerIdentities("allowedPeerIdentities")
        self.init(
            name: try reader.optionalString("name") ?? defaultName,
            minimumVersion: try reader.enumeration("minVersion", TLSVersion.self),
            maximumVersion: try reader.enumeration("maxVersion", TLSVersion.self),
            tls12CipherSuites: try reader.strings("tls12CipherSuites"),
            tls13CipherSuites: try reader.strings("tls13CipherSuites"),
            groups: try reader.strings("groups"),
            signatureAlgorithms: try reader.strings("signatureAlgorithms"),
            clientCertificate: try reader.enumeration("clientCertificate", ClientCertificate.self),
            revocation: try reader.enumeration("revocation", Revocation.self),
            maximumLeafLifetime: try reader.optionalInteger("maxLeafLifetimeDays", in: 1...36500).map { $0 * 86_400 },
            allowsWildcardNames: try reader.boolean("allowWildcardNames"),
            minimumRSAKeyBits: try reader.integer("minRSABits", in: 0...16384),
            minimumECKeyBits: try reader.integer("minECBits", in: 0...521),
            forbiddenSignatureHashes: try reader.strings("forbiddenSignatureHashes"),
            allowedPeerIdentities: identities,
            spiffeTrustDomains: try reader.strings("spiffeTrustDomains"),
            pinning: try reader.pinning("pinning"),
            dangerouslyAcceptAnyCertificate: try reader.optionalBoolean("dangerouslyAcceptAnyCertificate") ?? false
        )
        try validate()
    }

    /// The JSON form of the policy, loadable by ``init(jsonData:defaultName:)``: two-space indentation, fields
    /// in the order the README documents them.
    public func jsonData() -> Data {
        var fields: [(String, JSONValue)] = [
            ("name", .string(name)),
            ("minVersion", .string(minimumVersion.rawValue)),
            ("maxVersion", .string(maximumVersion.rawValue)),
            ("tls12CipherSuites", .strings(tls12CipherSuites)),
            ("tls13CipherSuites", .strings(tls13CipherSuites)),
            ("groups", .strings(groups)),
            ("signatureAlgorithms", .strings(signatureAlgorithms)),
            ("clientCertificate", .string(clientCertificate.rawValue)),
            ("revocation", .string(revocation.rawValue)),
            ("maxLeafLifetimeDays", maximumLeafLifetime.map { .number(Double($0 / 86_400)) } ?? .null),
            ("allowWildcardNames", .bool(allowsWildcardNames)),
            ("minRSABits", .number(Double(minimumRSAKeyBits))),
            ("minECBits", .number(Double(minimumECKeyBits))),
            ("forbiddenSignatureHashes", .strings(forbiddenSignatureHashes)),
            (
                "allowedPeerIdentities",
                .orderedObject([
                    ("dns", .strings(allowedPeerIdentities.dnsNames)), ("uri", .strings(allowedPeerIdentities.uris)),
                ])
            ),
            ("spiffeTrustDomains", .strings(spiffeTrustDomains)),
            (
                "pinning",
                .orderedObject([
                    ("scope", .string(pinning.scope.rawValue)),
                    ("pins", .strings(pinning.pins.map { $0.formatted(.sha256Base64) })),
                ])
            ),
        ]
        if dangerouslyAcceptAnyCertificate {
            fields.append(("dangerouslyAcceptAnyCertificate", .bool(true)))
        }
        return Data(JSONWriter.write(.orderedObject(fields)).utf8)
    }
}
