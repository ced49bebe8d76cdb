import Foundation

extension TLSPolicy {
    /// The fields of the JSON form, each with the type it must have.
    static let jsonFields: [String] = [
        "name", "minVersion", "maxVersion", "tls12CipherSuites", "tls13CipherSuites", "groups",
        "signatureAlgorithms", "clientCertificate", "revocation", "maxLeafLifetimeDays", "allowWildcardNames",
        "minRSABits", "minECBits", "forbiddenSignatureHashes", "allowedPeerIdentities", "spiffeTrustDomains",
        "pinning", "dangerouslyAcceptAnyCertificate",
    ]

    /// Reads and validates a policy file.
    ///
    /// - Parameter path: The JSON file to read.
    /// - Returns: The validated policy; its name defaults to the file's name without extension.
    /// - Throws: ``PolicyError`` whose description names the file, the field and the problem.
    public static func load(contentsOf path: String) throws(PolicyError) -> TLSPolicy {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PolicyError(.unreadableFile, "cannot read the policy file", file: path)
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
            document = try JSONDecoder().decode(JSONValue.self, from: jsonData)
        } catch {
            throw PolicyError(.malformedJSON, "not valid JSON (\(Self.describe(error)))")
        }
        guard case .object(let fields) = document else {
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

    /// The JSON form of the policy: pretty-printed, keys sorted, loadable by ``init(jsonData:defaultName:)``.
    public func jsonData() -> Data {
        var object: [String: Any] = [
            "name": name,
            "minVersion": minimumVersion.rawValue,
            "maxVersion": maximumVersion.rawValue,
            "tls12CipherSuites": tls12CipherSuites,
            "tls13CipherSuites": tls13CipherSuites,
            "groups": groups,
            "signatureAlgorithms": signatureAlgorithms,
            "clientCertificate": clientCertificate.rawValue,
            "revocation": revocation.rawValue,
            "maxLeafLifetimeDays": maximumLeafLifetime.map { $0 / 86_400 } as Any? ?? NSNull(),
            "allowWildcardNames": allowsWildcardNames,
            "minRSABits": minimumRSAKeyBits,
            "minECBits": minimumECKeyBits,
            "forbiddenSignatureHashes": forbiddenSignatureHashes,
            "allowedPeerIdentities": ["dns": allowedPeerIdentities.dnsNames, "uri": allowedPeerIdentities.uris],
            "spiffeTrustDomains": spiffeTrustDomains,
            "pinning": ["scope": pinning.scope.rawValue, "pins": pinning.pins.map { $0.formatted(.sha256Base64) }],
        ]
        if dangerouslyAcceptAnyCertificate {
            object["dangerouslyAcceptAnyCertificate"] = true
        }
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value above is a string, number, boolean, array or dictionary of those, so this cannot fail.
        return (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data()
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "\(error)"
    }
}
