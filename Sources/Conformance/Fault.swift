import PKI
import Policy
import TLS

/// The one thing a misbehaving endpoint does wrong in a scenario, or, for a twin, the harmless version of it.
///
/// A fault is data: it names a setting of the misbehaving endpoint and the value it takes. The runner applies
/// it to an ``EndpointConfiguration/insecureMisbehaving(role:credentials:)`` endpoint that otherwise presents
/// the good certificate and offers everything.
public struct Fault: Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        case offersVersions(TLSVersion, TLSVersion)
        case offersCiphers(String)
        case offersSignatureAlgorithms(String)
        case presents(CertificateVariant)
        case presentsNoCertificate
        case answersWithVersion(TLSVersion)
        case none
    }

    let kind: Kind

    /// Offers only the versions from `lowest` to `highest`.
    public static func offersVersions(_ lowest: TLSVersion, _ highest: TLSVersion) -> Fault {
        Fault(kind: .offersVersions(lowest, highest))
    }

    /// Offers only the TLS 1.2 cipher suites an OpenSSL cipher string selects, at TLS 1.2 at most.
    public static func offersCiphers(_ cipherString: String) -> Fault {
        Fault(kind: .offersCiphers(cipherString))
    }

    /// Offers only the given signature algorithms (OpenSSL list syntax), at TLS 1.2 at most.
    public static func offersSignatureAlgorithms(_ list: String) -> Fault {
        Fault(kind: .offersSignatureAlgorithms(list))
    }

    /// Presents a certificate variant from the scenario PKI instead of the good one.
    public static func presents(_ variant: CertificateVariant) -> Fault {
        Fault(kind: .presents(variant))
    }

    /// Presents no certificate at all.
    public static let presentsNoCertificate = Fault(kind: .presentsNoCertificate)

    /// A raw server that answers any ClientHello with a ServerHello for the given version, whatever the
    /// client offered. OpenSSL cannot be made to do this, so the server is hand-built.
    public static func answersWithVersion(_ version: TLSVersion) -> Fault {
        Fault(kind: .answersWithVersion(version))
    }

    /// No fault: the baseline.
    public static let none = Fault(kind: .none)

    /// The certificate variant the fault presents, when it presents one.
    public var presentedVariant: CertificateVariant? {
        if case .presents(let variant) = kind { return variant }
        return nil
    }

    /// The version the fault pins the connection to, when it pins one.
    var pinnedMaximumVersion: TLSVersion? {
        switch kind {
        case .offersVersions(_, let highest): highest
        case .offersCiphers, .offersSignatureAlgorithms: .tls1_2
        case .answersWithVersion(let version): version
        case .presents, .presentsNoCertificate, .none: nil
        }
    }

    /// Whether the misbehaving side must be a hand-built endpoint rather than OpenSSL.
    var needsRawEndpoint: Bool {
        if case .answersWithVersion(let version) = kind { return version < .tls1_2 }
        return false
    }

    /// Changes a misbehaving endpoint's configuration to carry this fault.
    func apply(to configuration: inout EndpointConfiguration, pki: ScenarioPKI) {
        switch kind {
        case .offersVersions(let lowest, let highest):
            configuration.minimumVersion = lowest
            configuration.maximumVersion = highest
            if highest < .tls1_2 {
                // TLS 1.0 and 1.1 have no AEAD suites; an endpoint that speaks only them offers CBC suites.
                configuration.cipherList = "ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA"
            }
        case .offersCiphers(let cipherString):
            configuration.maximumVersion = .tls1_2
            configuration.cipherList = cipherString
        case .offersSignatureAlgorithms(let list):
            configuration.maximumVersion = .tls1_2
            configuration.signatureAlgorithms = list
        case .presents(let variant):
            configuration.credentials = [pki.credential(for: configuration.role, variant)]
        case .presentsNoCertificate:
            configuration.credentials = []
        case .answersWithVersion(let version):
            configuration.minimumVersion = version
            configuration.maximumVersion = version
        case .none:
            break
        }
    }

    /// The text shown to people.
    public var description: String {
        switch kind {
        case .offersVersions(let lowest, let highest) where lowest == highest: "offers only \(lowest.rawValue)"
        case .offersVersions(let lowest, let highest): "offers \(lowest.rawValue)-\(highest.rawValue)"
        case .offersCiphers(let cipherString): "offers only \(cipherString)"
        case .offersSignatureAlgorithms(let list): "signs only with \(list)"
        case .presents(let variant): variant.fault.isEmpty ? "presents \(variant)" : variant.fault
        case .presentsNoCertificate: "sends no certificate"
        case .answersWithVersion(let version): "answers with \(version.rawValue)"
        case .none: "no fault"
        }
    }
}

extension Fault {
    /// The versions the misbehaving side offers or answers with when carrying this fault.
    var versionRange: (lowest: TLSVersion, highest: TLSVersion) {
        switch kind {
        case .offersVersions(let lowest, let highest): (lowest, highest)
        case .offersCiphers, .offersSignatureAlgorithms: (.tls1_0, .tls1_2)
        case .answersWithVersion(let version): (version, version)
        case .presents, .presentsNoCertificate, .none: (.tls1_0, .tls1_3)
        }
    }
}
