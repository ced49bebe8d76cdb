internal import COpenSSL

/// The words both renderers use for an event: a title and labelled detail values.
struct EventDescription {
    /// One labelled value, such as `suites` and the suite names.
    struct Detail {
        var label: String
        var values: [String]
    }

    var title: String
    var details: [Detail] = []

    init(_ event: InspectionEvent, isTLS13: Bool, summarizer: CertificateSummarizer?) {
        switch event.content {
        case .handshake(let message):
            title = message.title
            details = Self.details(of: message, summarizer: summarizer).filter { !$0.values.isEmpty }
        case .alert(let alert):
            title = "Alert \(alert.summary)"
        case .changeCipherSpec:
            title = isTLS13 ? "ChangeCipherSpec (compatibility, ignored)" : "ChangeCipherSpec"
        case .applicationData(let count):
            title = "ApplicationData \(count) bytes"
        case .heartbeat(let count):
            title = "Heartbeat \(count) bytes"
        case .encrypted(let count, let reason):
            title =
                event.recordType == .applicationData
                ? "Encrypted \(count) bytes" : "Encrypted \(event.recordType?.description ?? "record"), \(count) bytes"
            details = [Detail(label: "why", values: [reason])]
        case .malformed(let error):
            title = "Malformed"
            details = [Detail(label: "error", values: [error.description])]
        case .truncated(let count):
            title = count > 0 ? "Truncated: stream ends \(count) bytes into a record" : "Truncated handshake message"
        }
    }

    private static func names<Value: CustomStringConvertible>(_ values: [Value]?) -> [String] {
        (values ?? []).map(\.description)
    }

    private static func details(of message: HandshakeMessage, summarizer: CertificateSummarizer?) -> [Detail] {
        switch message {
        case .clientHello(let hello):
            var details = [
                Detail(label: "version", values: [hello.legacyVersion.description]),
                Detail(label: "versions", values: names(hello.supportedVersions)),
                Detail(label: "suites", values: names(hello.cipherSuites)),
                Detail(label: "groups", values: names(hello.supportedGroups)),
                Detail(label: "key shares", values: names(hello.keyShareGroups)),
                Detail(label: "sigalgs", values: names(hello.signatureAlgorithms)),
            ]
            if let name = hello.serverName { details.append(Detail(label: "server name", values: [name])) }
            return details
        case .serverHello(let hello):
            return serverHelloDetails(hello)
        case .encryptedExtensions(let extensions):
            return [Detail(label: "extensions", values: names(extensions.extensions.map(\.type)))]
        case .certificateRequest(let request):
            return [
                Detail(label: "sigalgs", values: names(request.signatureAlgorithms)),
                Detail(
                    label: "CA names",
                    values: request.certificateAuthorities.isEmpty ? [] : ["\(request.certificateAuthorities.count)"]),
            ]
        case .certificate(let message):
            return certificateDetails(message, summarizer: summarizer)
        case .certificateVerify(let verify):
            return [Detail(label: "sigalg", values: [verify.algorithm?.description ?? "none (before TLS 1.2)"])]
        case .serverKeyExchange(let exchange):
            var details: [Detail] = []
            if let curve = exchange.namedCurve { details.append(Detail(label: "group", values: [curve.description])) }
            if let bits = exchange.dhPrimeBits { details.append(Detail(label: "DH prime", values: ["\(bits) bits"])) }
            if let scheme = exchange.signatureAlgorithm {
                details.append(Detail(label: "sigalg", values: [scheme.description]))
            }
            return details
        case .newSessionTicket(let ticket):
            return [Detail(label: "lifetime", values: ["\(ticket.lifetime) s"])]
        case .keyUpdate(let update):
            return [Detail(label: "update requested", values: [update.requestsUpdate ? "yes" : "no"])]
        case .other(_, let body):
            return [Detail(label: "body", values: ["\(body.count) bytes"])]
        default:
            return []
        }
    }

    private static func serverHelloDetails(_ hello: ServerHello) -> [Detail] {
        var version = hello.negotiatedVersion.description
        if hello.selectedVersion != nil { version += " (legacy \(hello.legacyVersion))" }
        var details = [Detail(label: "version", values: [version])]
        details.append(Detail(label: "suite", values: [hello.cipherSuite.description]))
        if let group = hello.keyShareGroup {
            details.append(
                Detail(label: hello.isHelloRetryRequest ? "asks for" : "key share", values: [group.description]))
        }
        if hello.compressionMethod != 0 {
            details.append(Detail(label: "compression", values: [Hex.uint8(hello.compressionMethod)]))
        }
        if let sentinel = hello.downgradeSentinel {
            details.append(Detail(label: "downgrade", values: ["server supports \(sentinel) or later"]))
        }
        return details
    }

    private static func certificateDetails(_ message: CertificateMessage, summarizer: CertificateSummarizer?)
        -> [Detail]
    {
        guard !message.entries.isEmpty else { return [Detail(label: "chain", values: ["empty"])] }
        var details: [Detail] = []
        for (index, der) in message.certificates.enumerated() {
            details.append(Detail(label: "[\(index)]", values: ["\(der.count) bytes"]))
            details.append(Detail(label: "sha256", values: [Hex.string(sha256(der))]))
            guard let summary = summarizer?(der) else { continue }
            details.append(Detail(label: "subject", values: [summary.subject]))
            details.append(Detail(label: "issuer", values: [summary.issuer]))
            details.append(Detail(label: "valid", values: ["\(summary.notBefore) to \(summary.notAfter)"]))
        }
        return details
    }

    /// The SHA-256 digest of `bytes`, the fingerprint Wireshark and `openssl x509 -fingerprint` show.
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        _ = SHA256(bytes, bytes.count, &digest)
        return digest
    }
}
