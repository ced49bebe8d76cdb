public import DER

extension Certificate {
    /// One extension: its OID, whether it is critical, and its value as raw DER.
    ///
    /// The value is decoded only through the typed readers of ``Certificate/Extensions``. A relying party must
    /// refuse a certificate with a critical extension it does not understand (RFC 5280 section 4.2); see
    /// ``isUnderstood`` and ``Certificate/Extensions/unhandledCritical``.
    public struct Extension: Sendable, Hashable, CustomStringConvertible {
        /// The extension's OID, extnID.
        public let oid: OID
        /// Whether the issuer marked the extension critical.
        public let isCritical: Bool
        /// The content of extnValue: the DER encoding of the extension's own structure.
        public let value: ArraySlice<UInt8>
        /// The complete DER encoding of the Extension SEQUENCE.
        public let derEncoded: ArraySlice<UInt8>

        /// The OIDs of the extensions this module decodes.
        public static let understoodOIDs: Set<OID> = [
            .basicConstraints, .keyUsage, .extendedKeyUsage, .subjectAltName, .subjectKeyIdentifier,
            .authorityKeyIdentifier, .crlDistributionPoints, .authorityInformationAccess, .nameConstraints,
        ]

        /// Reads an Extension SEQUENCE; DER forbids writing the DEFAULT `critical FALSE`.
        init(node: DERNode) throws(X509Error) {
            (oid, isCritical, value) = try reading("extension") { () throws in
                var fields = try node.children(expecting: .sequence)
                let oid = try fields.read(.objectIdentifier, "extnID").objectIdentifier()
                var critical = false
                if let flag = try fields.readIfPresent(.boolean) {
                    critical = try flag.boolean()
                    guard critical else {
                        throw DERError(
                            .invalidBoolean,
                            "critical FALSE is the DEFAULT and must not be written in DER",
                            offset: flag.offset
                        )
                    }
                }
                let value = try fields.read(.octetString, "extnValue").octetString()
                try fields.finish()
                return (oid, critical, value)
            }
            self.derEncoded = node.encoded
        }

        /// Whether this module decodes the extension (its OID is in ``understoodOIDs``).
        public var isUnderstood: Bool {
            Self.understoodOIDs.contains(oid)
        }

        /// The extension's name, such as `basicConstraints`, or `nil` when this module does not name it.
        public var name: String? {
            switch oid {
            case .basicConstraints: return "basicConstraints"
            case .keyUsage: return "keyUsage"
            case .extendedKeyUsage: return "extKeyUsage"
            case .subjectAltName: return "subjectAltName"
            case .issuerAltName: return "issuerAltName"
            case .subjectKeyIdentifier: return "subjectKeyIdentifier"
            case .authorityKeyIdentifier: return "authorityKeyIdentifier"
            case .crlDistributionPoints: return "cRLDistributionPoints"
            case .authorityInformationAccess: return "authorityInfoAccess"
            case .nameConstraints: return "nameConstraints"
            case .certificatePolicies: return "certificatePolicies"
            default: return nil
            }
        }

        /// The name or dotted OID, marked when critical.
        public var description: String {
            (name ?? oid.description) + (isCritical ? " (critical)" : "")
        }
    }
}
