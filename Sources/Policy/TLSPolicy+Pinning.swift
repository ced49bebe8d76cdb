import X509

extension TLSPolicy {
    /// Which public keys a peer's chain must carry.
    public struct Pinning: Sendable, Hashable {
        /// Which certificates of the verified chain a pin may match.
        public enum Scope: String, Sendable, Hashable, CaseIterable {
            /// No pinning.
            case off
            /// Only the leaf's key may match.
            case leaf
            /// The key of any certificate of the verified chain may match.
            case chain
        }

        /// Which certificates may match.
        public var scope: Scope
        /// The pinned keys. With a scope other than ``Scope/off`` and no pins, nothing matches: pinning fails
        /// closed. `mtls-harness run` replaces these with the keys of its own scenario PKI.
        public var pins: [SPKIPin]

        /// Creates a pinning setting.
        public init(scope: Scope, pins: [SPKIPin] = []) {
            self.scope = scope
            self.pins = pins
        }

        /// No pinning.
        public static let off = Pinning(scope: .off)

        /// The pins as a set that matches chains the way the scope says.
        public var pinSet: PinSet {
            PinSet(pins, mode: scope == .leaf ? .leafOnly : .anyCertificateInChain)
        }
    }
}
