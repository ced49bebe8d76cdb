/// A set of SPKI pins and the rule for which certificates of a peer's chain must match one.
///
/// An empty set matches nothing, and neither does an empty chain: a pin set fails closed.
public struct PinSet: Sendable, Hashable {
    /// Which certificates of a chain a pin may match.
    public struct Mode: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// Any certificate of the chain, leaf, intermediate or root, may carry a pinned key.
        public static let anyCertificateInChain = Mode("anyCertificateInChain")
        /// Only the leaf, the first certificate of the chain, may carry a pinned key.
        public static let leafOnly = Mode("leafOnly")

        /// The mode's name.
        public var description: String {
            name
        }
    }

    /// The pins.
    public var pins: Set<SPKIPin>
    /// Which certificates may match.
    public var mode: Mode

    /// Creates a pin set.
    ///
    /// - Parameters:
    ///   - pins: The pins.
    ///   - mode: Which certificates may match; any certificate of the chain when omitted.
    public init(_ pins: some Sequence<SPKIPin>, mode: Mode = .anyCertificateInChain) {
        self.pins = Set(pins)
        self.mode = mode
    }

    /// Creates a pin set from pins in text, each in any form ``SPKIPin/init(_:)`` reads.
    ///
    /// - Parameters:
    ///   - texts: The pins.
    ///   - mode: Which certificates may match.
    /// - Throws: ``X509Error/Code/invalidPin`` for the first pin that does not read.
    public init(parsing texts: [String], mode: Mode = .anyCertificateInChain) throws(X509Error) {
        var pins: [SPKIPin] = []
        for text in texts {
            pins.append(try SPKIPin(text))
        }
        self.init(pins, mode: mode)
    }

    /// Whether a chain satisfies the pins.
    ///
    /// - Parameter chain: The chain as the peer sent it, leaf first.
    /// - Returns: True when a certificate allowed by ``mode`` has a pinned public key; false for an empty
    ///   chain, an empty pin set, or a key that cannot be hashed.
    public func matches(chain: [Certificate]) -> Bool {
        let candidates = mode == .leafOnly ? Array(chain.prefix(1)) : chain
        return candidates.contains { certificate in
            guard let pin = try? SPKIPin(certificate: certificate) else {
                return false
            }
            return pins.contains(pin)
        }
    }
}
