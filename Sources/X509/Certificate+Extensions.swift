public import DER

extension Certificate {
    /// The extensions of a certificate, in encoding order.
    ///
    /// The collection keeps the encoded extensions and walks them on demand; reading the certificate checked
    /// each extension's envelope and refused duplicates, so iteration cannot fail. Typed readers such as
    /// ``basicConstraints`` decode one extension when asked and throw when its value is malformed.
    public struct Extensions: Sendable, Hashable, Sequence {
        /// The content of the Extensions SEQUENCE: the Extension elements back to back.
        let content: ArraySlice<UInt8>
        /// The number of extensions.
        public let count: Int

        /// No extensions.
        init() {
            self.content = []
            self.count = 0
        }

        /// Reads `[3] EXPLICIT SEQUENCE SIZE (1..MAX) OF Extension`, refusing duplicate OIDs.
        init(explicitNode: DERNode) throws(X509Error) {
            let sequence = try reading("extensions") { () throws in
                var wrapper = try explicitNode.children()
                let sequence = try wrapper.read(.sequence, "Extensions")
                try wrapper.finish()
                return sequence
            }
            var reader = DERSequenceReader(content: sequence.content)
            var count = 0
            while let node = try reading("extensions", { try reader.next() }) {
                let candidate = try Extension(node: node)
                var earlier = DERSequenceReader(content: sequence.content[..<node.offset])
                while let previous = try? earlier.next() {
                    var previousFields = DERSequenceReader(content: previous.content)
                    let previousOID = try? previousFields.next()?.objectIdentifier()
                    if previousOID == candidate.oid {
                        throw X509Error(
                            .duplicateExtension,
                            "extension \(candidate) appears twice",
                            offset: node.offset
                        )
                    }
                }
                count += 1
            }
            guard count > 0 else {
                throw X509Error(
                    .invalidCertificate, "the extensions field is present but empty", offset: sequence.offset)
            }
            self.content = sequence.content
            self.count = count
        }

        /// Walks the extensions in order.
        public struct Iterator: IteratorProtocol {
            var reader: DERSequenceReader

            /// The next extension, or `nil` after the last.
            public mutating func next() -> Extension? {
                guard let node = try? reader.next() else {
                    return nil
                }
                return try? Extension(node: node)
            }
        }

        /// An iterator over the extensions.
        public func makeIterator() -> Iterator {
            Iterator(reader: DERSequenceReader(content: content))
        }

        /// Whether there are no extensions.
        public var isEmpty: Bool {
            count == 0
        }

        /// The extension with the given OID, or `nil`.
        ///
        /// - Parameter oid: The extension's OID.
        public subscript(oid: OID) -> Extension? {
            first { $0.oid == oid }
        }

        /// The critical extensions this module does not decode; a relying party must refuse a certificate for
        /// which this is not empty, unless it handles these OIDs itself.
        public var unhandledCritical: [Extension] {
            filter { $0.isCritical && !$0.isUnderstood }
        }

        /// Extensions are equal when their encodings are.
        public static func == (lhs: Extensions, rhs: Extensions) -> Bool {
            lhs.content.elementsEqual(rhs.content)
        }

        /// Hashes the encoding, in keeping with equality.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(content.count)
            for byte in content {
                hasher.combine(byte)
            }
        }
    }
}
