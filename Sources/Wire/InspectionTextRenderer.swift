/// Renders a ``HandshakeInspection`` for a person: a summary line, then one line per event and indented detail
/// lines under it, wrapped to stay short.
///
/// ```
/// TLS 1.3, TLS_AES_128_GCM_SHA256, 9 events
/// client random cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7
///   1  client  clear      ClientHello
///                           suites      TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256
///   2  server  clear      ServerHello
///   3  server  decrypted  EncryptedExtensions
/// ```
public struct InspectionTextRenderer: Sendable {
    /// The widest line the renderer writes, wrapping lists that would run past it.
    public var width: Int
    /// Reads certificates for their subject, issuer and validity; without it only size and fingerprint show.
    public var summarizer: CertificateSummarizer?

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - width: The widest line to write; values run on onto continuation lines past it.
    ///   - summarizer: Reads a certificate's DER for display, or `nil` for size and fingerprint only.
    public init(width: Int = 100, summarizer: CertificateSummarizer? = CertificateSummary.x509) {
        self.width = width
        self.summarizer = summarizer
    }

    /// The rendering, one line per event plus detail lines, ending in a newline.
    public func render(_ inspection: HandshakeInspection) -> String {
        let isTLS13 = (inspection.version ?? .tls12) >= .tls13
        var lines = [headline(inspection)]
        if let random = inspection.clientRandom { lines.append("client random " + Hex.string(random)) }
        let numberWidth = String(inspection.events.count).count
        let prefixWidth = numberWidth + 2 + 6 + 2 + 9 + 2
        for (index, event) in inspection.events.enumerated() {
            let description = EventDescription(event, isTLS13: isTLS13, summarizer: summarizer)
            let number = String(index + 1)
            let sender = event.direction == .clientToServer ? "client" : "server"
            let protection = event.decrypted ? "decrypted" : (isProtected(event) ? "encrypted" : "clear")
            lines.append(
                pad(number, numberWidth, left: true) + "  " + pad(sender, 6) + "  " + pad(protection, 9) + "  "
                    + description.title)
            let labelWidth = description.details.map(\.label.count).max() ?? 0
            for detail in description.details {
                let lead = String(repeating: " ", count: prefixWidth + 2) + pad(detail.label, labelWidth) + "  "
                lines += wrap(detail.values, lead: lead)
            }
        }
        for close in inspection.closes {
            let side = close.direction == .clientToServer ? "client" : "server"
            lines.append("\(side) closed the connection (\(close.kind == .fin ? "FIN" : "reset"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func headline(_ inspection: HandshakeInspection) -> String {
        var parts: [String] = []
        if let version = inspection.version { parts.append(version.description) }
        if let suite = inspection.cipherSuite { parts.append(suite.description) }
        if parts.isEmpty { parts.append("no ServerHello") }
        parts.append("\(inspection.events.count) events")
        return parts.joined(separator: ", ")
    }

    private func isProtected(_ event: InspectionEvent) -> Bool {
        if case .encrypted = event.content { return true }
        if case .applicationData = event.content { return true }
        return false
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }

    /// Joins values with commas, starting a continuation line whenever the next value would pass ``width``.
    private func wrap(_ values: [String], lead: String) -> [String] {
        var lines: [String] = []
        var current = lead
        var hasValue = false
        for (index, value) in values.enumerated() {
            let piece = value + (index < values.count - 1 ? "," : "")
            if hasValue, current.count + 1 + piece.count > width {
                lines.append(current)
                current = String(repeating: " ", count: lead.count) + piece
            } else {
                current += (hasValue ? " " : "") + piece
            }
            hasValue = true
        }
        lines.append(current)
        return lines
    }
}
