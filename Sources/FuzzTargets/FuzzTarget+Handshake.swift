internal import PKI
internal import Policy
internal import TLS

extension FuzzTarget {
    /// A server enforcing `nhi-strict` (client certificates required, keys pinned) over the in-process memory
    /// transport, fed a client's flights made from the input.
    ///
    /// The first byte chooses the client. With its top bit set, the client is scripted: the rest of the input
    /// is its flights, each a two-byte big-endian length and that many bytes, written one per step whatever the
    /// server answers. Otherwise the client is a real OpenSSL client presenting the scenario PKI's client
    /// credential of variant `byte & 0x1F` (modulo the number of variants), pinned to TLS 1.2 when bit 5 is
    /// set or to TLS 1.3 when bit 6 is, and the rest of the input is a list of three-byte edits to its output
    /// stream: a big-endian 16-bit offset and a mask XORed into the byte there.
    ///
    /// Property: a handshake the server completed always had a client chain that verified and passed every
    /// policy rule, as ``ClientChainAudit`` establishes from the wire, independently of the server. A completed
    /// handshake whose transcript does not show the chain is ``FuzzOutcome/tolerated``.
    public static let handshake = FuzzTarget(
        name: "handshake",
        property: "a completed handshake always had a client chain that verified and passed every policy rule",
        usesFixturePKI: true
    ) { bytes in
        guard let selector = bytes.first else {
            return .rejected
        }
        let rest = bytes.dropFirst()
        let client: any HandshakeParticipant
        if selector & 0x80 != 0 {
            client = ScriptedClient(flights: ScriptedClient.flights(from: rest))
        } else {
            client = TamperingClient(realClient(selector), masks: TamperingClient.masks(from: rest))
        }
        let outcome = InProcessConnection(stepBound: 32).run(client: client, server: handshakeServer(), clock: { 0 })
        guard outcome.server.completed else {
            return .rejected
        }
        switch ClientChainAudit(policy: handshakePolicy, pki: FuzzFixtures.pki).audit(outcome) {
        case .passed:
            return .accepted
        case .unreadable:
            return .tolerated
        case .failed(let reason):
            violated("handshake", reason)
        }
    }

    /// The policy the server enforces: `nhi-strict`, pinned to the fixture PKI's keys as `mtls-harness run`
    /// pins it to its own.
    static let handshakePolicy: TLSPolicy = {
        var policy = TLSPolicy.nhiStrict
        if policy.pinning.scope != .off {
            policy.pinning.pins = FuzzFixtures.pki.pins
        }
        return policy
    }()

    /// A fresh server holding the fixture PKI's ECDSA and RSA server credentials, as the scenario runner's
    /// servers under test do.
    private static func handshakeServer() -> OpenSSLEndpoint {
        let pki = FuzzFixtures.pki
        let trust = EndpointConfiguration.PeerVerification(
            policy: handshakePolicy, trustAnchors: [pki.trustAnchor], crls: pki.crls,
            referenceTime: pki.referenceTime, expectedHostName: nil
        )
        let credentials = [pki.credential(for: .server, .valid), pki.credential(for: .server, .rsa2048)]
        do {
            return try OpenSSLEndpoint(
                .enforcing(handshakePolicy, role: .server, credentials: credentials, trust: trust))
        } catch {
            preconditionFailure("the handshake target cannot build its server: \(error)")
        }
    }

    /// The real client a selector byte names.
    static func realClient(_ selector: UInt8) -> OpenSSLEndpoint {
        let variants = CertificateVariant.all
        let variant = variants[Int(selector & 0x1F) % variants.count]
        var configuration = EndpointConfiguration.insecureMisbehaving(
            role: .client, credentials: [FuzzFixtures.pki.credential(for: .client, variant)]
        )
        if selector & 0x20 != 0 {
            configuration.maximumVersion = .tls1_2
        } else if selector & 0x40 != 0 {
            configuration.minimumVersion = .tls1_3
        }
        do {
            return try OpenSSLEndpoint(configuration)
        } catch {
            preconditionFailure("the handshake target cannot build a \(variant) client: \(error)")
        }
    }
}
