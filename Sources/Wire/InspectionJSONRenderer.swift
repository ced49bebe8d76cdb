#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Renders a ``HandshakeInspection`` as JSON: an ``InspectionDocument`` with sorted keys, so two runs of the
/// same connection render byte for byte the same.
public struct InspectionJSONRenderer: Sendable {
    /// Reads certificates for their subject, issuer and validity; without it only DER and fingerprint show.
    public var summarizer: CertificateSummarizer?

    /// Creates a renderer.
    ///
    /// - Parameter summarizer: Reads a certificate's DER for display, or `nil` for DER and fingerprint only.
    public init(summarizer: CertificateSummarizer? = CertificateSummary.x509) {
        self.summarizer = summarizer
    }

    /// The JSON text, pretty-printed with sorted keys.
    ///
    /// - Throws: An `EncodingError` only if encoding fails, which plain strings and numbers do not.
    public func render(_ inspection: HandshakeInspection) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(inspection)), as: UTF8.self)
    }

    /// The document that ``render(_:)`` encodes.
    public func document(_ inspection: HandshakeInspection) -> InspectionDocument {
        let isTLS13 = (inspection.version ?? .tls12) >= .tls13
        let events = inspection.events.enumerated().map { index, event in
            self.event(event, index: index + 1, isTLS13: isTLS13)
        }
        let closes = inspection.closes.map { close in
            (close.direction == .clientToServer ? "client " : "server ") + (close.kind == .fin ? "FIN" : "reset")
        }
        return InspectionDocument(
            version: inspection.version?.description, cipherSuite: inspection.cipherSuite?.description,
            clientRandom: inspection.clientRandom.map(Hex.string), events: events, closes: closes)
    }

    private func event(_ event: InspectionEvent, index: Int, isTLS13: Bool) -> InspectionDocument.Event {
        let description = EventDescription(event, isTLS13: isTLS13, summarizer: summarizer)
        var document = InspectionDocument.Event(
            index: index, direction: event.direction.rawValue, offset: event.offset,
            recordType: event.recordType?.description, decrypted: event.decrypted, kind: "", title: description.title)
        switch event.content {
        case .handshake(let message):
            document.kind = "handshake"
            document.message = message.isHelloRetryRequest ? "hello_retry_request" : message.type.description
            if case .certificate(let certificates) = message {
                document.certificates = certificates.certificates.map(certificate)
            } else if !description.details.isEmpty {
                document.details = Dictionary(
                    description.details.map { (Self.key($0.label), $0.values) }, uniquingKeysWith: { first, _ in first }
                )
            }
        case .alert(let alert):
            document.kind = "alert"
            document.alertLevel = alert.level.description
            document.alertDescription = alert.description.description
        case .changeCipherSpec:
            document.kind = "changeCipherSpec"
        case .applicationData(let count):
            document.kind = "applicationData"
            document.byteCount = count
        case .heartbeat(let count):
            document.kind = "heartbeat"
            document.byteCount = count
        case .encrypted(let count, let reason):
            document.kind = "encrypted"
            document.byteCount = count
            document.reason = reason
        case .malformed(let error):
            document.kind = "malformed"
            document.reason = error.description
        case .truncated(let count):
            document.kind = "truncated"
            document.byteCount = count
        }
        return document
    }

    private func certificate(_ der: [UInt8]) -> InspectionDocument.Certificate {
        InspectionDocument.Certificate(
            der: Data(der).base64EncodedString(), sha256: Hex.string(EventDescription.sha256(der)),
            summary: summarizer?(der))
    }

    /// `key shares` to `keyShares`, `CA names` to `caNames`.
    private static func key(_ label: String) -> String {
        let words = label.split(separator: " ")
        guard let first = words.first else { return label }
        return first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
