internal import DER

/// The basicConstraints extension (RFC 5280 section 4.2.1.9): whether the subject is a CA, and how many
/// intermediate CAs may follow it.
public struct BasicConstraints: Sendable, Hashable {
    /// Whether the subject may issue certificates.
    public let isCA: Bool
    /// The most non-self-issued intermediate certificates that may follow this one in a path, or `nil`
    /// when unlimited.
    public let pathLengthConstraint: Int?

    /// Creates the value.
    ///
    /// - Parameters:
    ///   - isCA: Whether the subject is a CA.
    ///   - pathLengthConstraint: The path length limit, or `nil`.
    public init(isCA: Bool, pathLengthConstraint: Int? = nil) {
        self.isCA = isCA
        self.pathLengthConstraint = pathLengthConstraint
    }

    /// Reads `SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL }`.
    init(value node: DERNode) throws(X509Error) {
        (isCA, pathLengthConstraint) = try reading("basicConstraints") { () throws in
            var fields = try node.children(expecting: .sequence)
            var isCA = false
            if let flag = try fields.readIfPresent(.boolean) {
                isCA = try flag.boolean()
                guard isCA else {
                    throw DERError(
                        .invalidBoolean, "cA FALSE is the DEFAULT and must not be written", offset: flag.offset)
                }
            }
            let length = try fields.readIfPresent(.integer)?.integer(as: Int.self)
            try fields.finish()
            if let length, length < 0 {
                throw DERError(.integerOverflow, "pathLenConstraint is negative", offset: node.offset)
            }
            return (isCA, length)
        }
    }
}
