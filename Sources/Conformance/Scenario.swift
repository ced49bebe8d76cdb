import Policy

/// One attack on a TLS policy: an endpoint misbehaves in exactly one way, and the endpoint under test must
/// react as expected.
///
/// A scenario is data. The side that misbehaves is an OpenSSL endpoint outside any policy (or, where OpenSSL
/// cannot misbehave that way, a hand-built one) carrying ``fault``; the other side enforces the policy under
/// test. A scenario that expects a refusal names a ``twin``: the same scenario with the fault replaced by its
/// harmless counterpart, which the same policy must accept. A scenario whose twin is refused too proves
/// nothing and is reported as broken.
public struct Scenario: Sendable, Hashable, Identifiable {
    /// What part of TLS a scenario exercises.
    public struct Category: Sendable, Hashable, CustomStringConvertible {
        /// The name shown in reports.
        public let name: String

        /// No fault: the good client and server, to show the policy accepts what it should.
        public static let baseline = Category(name: "baseline")
        /// A protocol version the policy forbids.
        public static let protocolVersion = Category(name: "protocol")
        /// A cipher suite or signature algorithm the policy forbids.
        public static let cipher = Category(name: "cipher")
        /// A certificate chain that must not verify.
        public static let chain = Category(name: "chain")
        /// A revoked certificate, or revocation information that is stale or missing.
        public static let revocation = Category(name: "revocation")
        /// A peer identity the policy must not accept.
        public static let identity = Category(name: "identity")
        /// A key the policy has not pinned.
        public static let pinning = Category(name: "pinning")
        /// An active attacker between the endpoints.
        public static let mitm = Category(name: "mitm")

        /// The text shown to people.
        public var description: String { name }
    }

    /// A stable identifier: `<side that misbehaves>.<fault>`, such as `client.expired-cert`.
    public let id: String
    /// What part of TLS it exercises.
    public let category: Category
    /// The side that misbehaves; the other side enforces the policy.
    public let misbehaving: EndpointRole
    /// The one fault.
    public let fault: Fault
    /// The harmless counterpart of the fault; `nil` for scenarios expected to be accepted.
    public let twin: Fault?
    /// What the endpoint under test must do.
    public let expectation: Expectation

    /// Creates a scenario. Scenarios that may expect a refusal must name a twin.
    public init(
        _ id: String, _ category: Category, misbehaving: EndpointRole, fault: Fault, twin: Fault?,
        expect expectation: Expectation
    ) {
        self.id = id
        self.category = category
        self.misbehaving = misbehaving
        self.fault = fault
        self.twin = twin
        self.expectation = expectation
    }

    /// The side that enforces the policy under test.
    public var underTest: EndpointRole { misbehaving.peer }

    /// Whether the fault leaves the protocol version open, so that the scenario runs once at each of TLS 1.2
    /// and TLS 1.3 that the policy allows (certificate alerts differ between them).
    public var runsAtEachVersion: Bool { fault.pinnedMaximumVersion == nil }

    /// The scenario the twin rule compares against: same id with `#twin`, the twin fault, expected accepted.
    public var twinScenario: Scenario? {
        guard let twin else { return nil }
        return Scenario("\(id)#twin", category, misbehaving: misbehaving, fault: twin, twin: nil, expect: .accepted)
    }
}
