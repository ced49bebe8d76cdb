internal import COpenSSL
import Foundation
import Policy
import X509

/// The certificates, keys and CRLs every scenario of a run draws from, generated in memory once per run.
///
/// A trusted root issues an intermediate that issues the good leaves and most faulty ones. Three more
/// intermediates exist for the revocation faults: one the root has revoked, one whose CRL is stale and one
/// with no CRL. A rogue root copies the trusted root's name with its own key. All validity periods are relative
/// to ``referenceTime``, and verifiers use that same time, so no result depends on the wall clock.
public struct ScenarioPKI: Sendable {
    /// A certificate authority of the PKI, for listing and writing out.
    public struct Authority: Sendable, Hashable {
        /// A short file-friendly name such as `root` or `intermediate-stale-crl`.
        public var name: String
        /// What the authority is for.
        public var purpose: String
        /// Its certificate, DER.
        public var certificate: [UInt8]
        /// Its private key, PKCS #8 DER.
        public var privateKey: [UInt8]
        /// Its CRL, DER, when it publishes one.
        public var crl: [UInt8]?
    }

    /// The instant every validity period is relative to and every verification uses.
    public let referenceTime: Date
    /// The DNS name the server certificates carry.
    public let serverName: String
    /// The URI (a SPIFFE ID) the client certificates carry.
    public let clientIdentity: String
    /// The trusted root, DER: the only trust anchor a verifier gets.
    public let trustAnchor: [UInt8]
    /// Every CRL a verifier gets, DER.
    public let crls: [[UInt8]]
    /// The authorities, trusted and rogue.
    public let authorities: [Authority]
    /// The keys the harness pins: every leaf's except those of the pin faults, and the pinned intermediate's.
    public let pins: [SPKIPin]
    private let credentials: [String: IssuedCredential]

    /// The credential for a role and variant.
    public func credential(for role: EndpointRole, _ variant: CertificateVariant) -> IssuedCredential {
        guard let credential = credentials[Self.key(role, variant)] else {
            preconditionFailure("no credential for \(role) \(variant): the variant is only for \(variant.roles)")
        }
        return credential
    }

    /// Every credential, ordered by role and variant.
    public var allCredentials: [IssuedCredential] {
        EndpointRole.allCases.flatMap { role in
            CertificateVariant.all.filter { $0.roles.contains(role) }.map { credential(for: role, $0) }
        }
    }

    private static func key(_ role: EndpointRole, _ variant: CertificateVariant) -> String {
        "\(role.rawValue)/\(variant.identifier)"
    }

    /// Generates the PKI a policy is tested with: its leaves carry the policy's first allowed DNS name and
    /// URI (the harness's own names when a list is empty), and the good leaves live no longer than the policy
    /// allows.
    ///
    /// - Parameters:
    ///   - referenceTime: The run's reference time; whole seconds are kept.
    ///   - policy: The policy under test.
    public static func generate(referenceTime: Date, for policy: TLSPolicy) throws(PKIError) -> ScenarioPKI {
        try generate(
            referenceTime: referenceTime,
            serverName: policy.allowedPeerIdentities.dnsNames.first ?? TLSPolicy.HarnessIdentity.serverDNSName,
            clientIdentity: policy.allowedPeerIdentities.uris.first ?? TLSPolicy.HarnessIdentity.clientURI,
            leafLifetimeLimit: policy.maximumLeafLifetime.map(TimeInterval.init)
        )
    }

    /// Generates a PKI.
    ///
    /// - Parameters:
    ///   - referenceTime: The run's reference time; whole seconds are kept.
    ///   - serverName: The DNS name for server certificates.
    ///   - clientIdentity: The URI for client certificates.
    ///   - leafLifetimeLimit: The longest lifetime the policy allows a leaf, in seconds, or `nil`. The good
    ///     leaves live 25 hours or this long, whichever is shorter; the long-lived variant outlives it.
    public static func generate(
        referenceTime: Date, serverName: String = TLSPolicy.HarnessIdentity.serverDNSName,
        clientIdentity: String = TLSPolicy.HarnessIdentity.clientURI, leafLifetimeLimit: TimeInterval? = nil
    ) throws(PKIError) -> ScenarioPKI {
        let now = Date(timeIntervalSince1970: referenceTime.timeIntervalSince1970.rounded(.down))
        var factory = try PKIFactory(referenceTime: now, leafLifetimeLimit: leafLifetimeLimit)
        var credentials: [String: IssuedCredential] = [:]
        for role in EndpointRole.allCases {
            let identity = role == .server ? serverName : clientIdentity
            for variant in CertificateVariant.all where variant.roles.contains(role) {
                credentials[key(role, variant)] = try factory.issue(variant, for: role, identity: identity)
            }
        }
        let authorities = try factory.finish()
        var pins: [SPKIPin] = []
        for spki in factory.pinnedKeys {
            do {
                pins.append(try SPKIPin(subjectPublicKeyInfoDER: spki))
            } catch {
                throw PKIError(.openSSLFailure, "cannot pin a generated key: \(error.reason)")
            }
        }
        return ScenarioPKI(
            referenceTime: now, serverName: serverName, clientIdentity: clientIdentity,
            trustAnchor: authorities[0].certificate,
            crls: authorities.compactMap { $0.name.hasPrefix("rogue") ? nil : $0.crl },
            authorities: authorities, pins: pins, credentials: credentials
        )
    }
}
