internal import DER

/// The nameConstraints extension (RFC 5280 section 4.2.1.10): the name spaces a CA may and may not issue in.
///
/// RFC 5280 requires the minimum of each subtree to be 0 and the maximum absent; subtrees that set either
/// are refused rather than silently ignored.
public struct NameConstraints: Sendable, Hashable {
    /// Names subjects must fall under; empty when the extension permits everything not excluded.
    public let permittedSubtrees: [GeneralName]
    /// Names subjects must not fall under.
    public let excludedSubtrees: [GeneralName]

    /// Reads `SEQUENCE { permittedSubtrees [0] GeneralSubtrees OPTIONAL, excludedSubtrees [1] ... }`.
    init(value node: DERNode) throws(X509Error) {
        let (permitted, excluded) = try reading("nameConstraints") { () throws in
            var fields = try node.children(expecting: .sequence)
            let permitted = try fields.readIfPresent(.contextSpecific(0, isConstructed: true))
            let excluded = try fields.readIfPresent(.contextSpecific(1, isConstructed: true))
            try fields.finish()
            return (permitted, excluded)
        }
        guard permitted != nil || excluded != nil else {
            throw X509Error(.malformedExtension, "nameConstraints has neither permitted nor excluded subtrees")
        }
        self.permittedSubtrees = try permitted.map(Self.subtrees) ?? []
        self.excludedSubtrees = try excluded.map(Self.subtrees) ?? []
    }

    /// Reads `GeneralSubtrees ::= SEQUENCE SIZE (1..MAX) OF GeneralSubtree` from an IMPLICIT-tagged element.
    private static func subtrees(_ node: DERNode) throws(X509Error) -> [GeneralName] {
        var reader = DERSequenceReader(content: node.content)
        var bases: [GeneralName] = []
        while let subtree = try reading("GeneralSubtree", { try reader.next() }) {
            let base = try reading("GeneralSubtree") { () throws in
                var fields = try subtree.children(expecting: .sequence)
                let base = try fields.readAny("base")
                guard fields.isAtEnd else {
                    throw X509Error(
                        .malformedExtension,
                        "a GeneralSubtree sets minimum or maximum, which RFC 5280 forbids",
                        offset: subtree.offset
                    )
                }
                return base
            }
            bases.append(try GeneralName(node: base, inConstraint: true))
        }
        guard !bases.isEmpty else {
            throw X509Error(.malformedExtension, "a GeneralSubtrees list is empty", offset: node.offset)
        }
        return bases
    }
}
