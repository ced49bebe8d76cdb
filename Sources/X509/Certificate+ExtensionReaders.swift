internal import DER

extension Certificate.Extensions {
    /// Decodes the value of the extension with `oid`, if present, as a single DER element.
    ///
    /// Any failure is reported as ``X509Error/Code/malformedExtension`` naming the extension.
    private func decode<Value>(
        _ oid: OID,
        _ name: String,
        _ body: (DERNode) throws(X509Error) -> Value
    ) throws(X509Error) -> Value? {
        guard let found = self[oid] else {
            return nil
        }
        do {
            let node = try reading(name) { () throws in
                var reader = DERSequenceReader(content: found.value)
                let node = try reader.readAny(name)
                try reader.finish()
                return node
            }
            return try body(node)
        } catch {
            throw X509Error(
                .malformedExtension,
                "\(name): \(error.reason)",
                offset: error.offset,
                derError: error.derError
            )
        }
    }

    /// The basicConstraints extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var basicConstraints: BasicConstraints? {
        get throws(X509Error) {
            try decode(.basicConstraints, "basicConstraints") { (node) throws(X509Error) in
                try BasicConstraints(value: node)
            }
        }
    }

    /// The keyUsage extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var keyUsage: KeyUsage? {
        get throws(X509Error) {
            try decode(.keyUsage, "keyUsage") { (node) throws(X509Error) in try KeyUsage(value: node) }
        }
    }

    /// The purposes of the extKeyUsage extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var extendedKeyUsage: [KeyPurpose]? {
        get throws(X509Error) {
            try decode(.extendedKeyUsage, "extKeyUsage") { (node) throws(X509Error) in
                try KeyPurpose.list(value: node)
            }
        }
    }

    /// The names of the subjectAltName extension, in encoding order, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var subjectAlternativeNames: [GeneralName]? {
        get throws(X509Error) {
            try decode(.subjectAltName, "subjectAltName") { (node) throws(X509Error) in
                try reading("subjectAltName") { try node.expect(.sequence) }
                return try GeneralName.list(in: node)
            }
        }
    }

    /// The subjectKeyIdentifier, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var subjectKeyIdentifier: ArraySlice<UInt8>? {
        get throws(X509Error) {
            try decode(.subjectKeyIdentifier, "subjectKeyIdentifier") { (node) throws(X509Error) in
                try reading("subjectKeyIdentifier") { try node.octetString() }
            }
        }
    }

    /// The authorityKeyIdentifier extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var authorityKeyIdentifier: AuthorityKeyIdentifier? {
        get throws(X509Error) {
            try decode(.authorityKeyIdentifier, "authorityKeyIdentifier") { (node) throws(X509Error) in
                try AuthorityKeyIdentifier(value: node)
            }
        }
    }

    /// The cRLDistributionPoints extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var crlDistributionPoints: [DistributionPoint]? {
        get throws(X509Error) {
            try decode(.crlDistributionPoints, "cRLDistributionPoints") { (node) throws(X509Error) in
                try DistributionPoint.list(value: node)
            }
        }
    }

    /// The authorityInfoAccess extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var authorityInformationAccess: [AccessDescription]? {
        get throws(X509Error) {
            try decode(.authorityInformationAccess, "authorityInfoAccess") { (node) throws(X509Error) in
                try AccessDescription.list(value: node)
            }
        }
    }

    /// The nameConstraints extension, or `nil` when absent.
    ///
    /// - Throws: ``X509Error/Code/malformedExtension`` when present but malformed.
    public var nameConstraints: NameConstraints? {
        get throws(X509Error) {
            try decode(.nameConstraints, "nameConstraints") { (node) throws(X509Error) in
                try NameConstraints(value: node)
            }
        }
    }
}
