/// A hello extension code point (IANA "TLS ExtensionType Values" registry).
public struct ExtensionType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The two-byte code point.
    public var rawValue: UInt16

    /// Wraps a code point; any value is accepted and unknown ones print as hex.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// server_name (RFC 6066).
    public static let serverName = ExtensionType(rawValue: 0)
    /// supported_groups (RFC 8422, RFC 8446).
    public static let supportedGroups = ExtensionType(rawValue: 10)
    /// signature_algorithms (RFC 8446).
    public static let signatureAlgorithms = ExtensionType(rawValue: 13)
    /// application_layer_protocol_negotiation (RFC 7301).
    public static let alpn = ExtensionType(rawValue: 16)
    /// extended_master_secret (RFC 7627).
    public static let extendedMasterSecret = ExtensionType(rawValue: 23)
    /// supported_versions (RFC 8446).
    public static let supportedVersions = ExtensionType(rawValue: 43)
    /// key_share (RFC 8446).
    public static let keyShare = ExtensionType(rawValue: 51)
    /// renegotiation_info (RFC 5746).
    public static let renegotiationInfo = ExtensionType(rawValue: 0xFF01)

    /// The IANA name, such as `key_share`, `GREASE`, or `nil` for an unknown code point.
    public var name: String? {
        if Hex.isGrease(rawValue) { return "GREASE" }
        return Self.names[rawValue]
    }

    /// The name, or the code point in hex when it is unknown.
    public var description: String { name ?? Hex.uint16(rawValue) }

    private static let names: [UInt16: String] = [
        0: "server_name", 1: "max_fragment_length", 2: "client_certificate_url", 3: "trusted_ca_keys",
        4: "truncated_hmac", 5: "status_request", 6: "user_mapping", 7: "client_authz", 8: "server_authz",
        9: "cert_type", 10: "supported_groups", 11: "ec_point_formats", 12: "srp", 13: "signature_algorithms",
        14: "use_srtp", 15: "heartbeat", 16: "application_layer_protocol_negotiation",
        17: "status_request_v2", 18: "signed_certificate_timestamp", 19: "client_certificate_type",
        20: "server_certificate_type", 21: "padding", 22: "encrypt_then_mac", 23: "extended_master_secret",
        24: "token_binding", 25: "cached_info", 27: "compress_certificate", 28: "record_size_limit",
        34: "delegated_credential", 35: "session_ticket", 41: "pre_shared_key", 42: "early_data",
        43: "supported_versions", 44: "cookie", 45: "psk_key_exchange_modes", 47: "certificate_authorities",
        48: "oid_filters", 49: "post_handshake_auth", 50: "signature_algorithms_cert", 51: "key_share",
        57: "quic_transport_parameters", 17513: "application_settings", 0xFE0D: "encrypted_client_hello",
        0xFF01: "renegotiation_info",
    ]
}
