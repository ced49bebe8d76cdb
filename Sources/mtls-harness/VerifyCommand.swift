import Foundation
import PKI
import Policy
import TLS
import X509

/// `mtls-harness verify`: validates a chain offline under a policy, through the handshake's own code path.
enum VerifyCommand {
    static let help = """
        USAGE: mtls-harness verify --trust FILE --chain FILE [--crl FILE]... [--at TIME]
                                   [--name DNS | --uri ID] [--purpose client|server]
                                   [--policy PRESET|FILE] [--pin PIN]...

        Checks a certificate chain the way an endpoint enforcing the policy checks its peer during a
        handshake: OpenSSL builds and verifies the chain (trust, signatures, validity at TIME, purpose,
        host name, CRLs), then the policy's rules run on the chain as read by this tool's own X.509 reader.
        Prints ACCEPT, or REJECT with the verification error or the policy rule that decided.

        The certificates 'mtls-harness pki' writes are valid around the reference time on the first line of
        its INDEX.txt; give that time with --at to check them later.

        OPTIONS:
          --trust FILE          Trust anchors, PEM (one or more CERTIFICATE blocks) or DER.
          --chain FILE          The chain as the peer sends it, leaf first.
          --crl FILE            CRLs, PEM (X509 CRL blocks) or DER; repeatable. Needed when the policy
                                checks revocation.
          --at TIME             Verify at this time: ISO 8601 (2026-12-04T10:00:00Z) or Unix seconds.
                                Default: now.
          --name DNS            The DNS name the leaf must carry; it replaces the policy's allowed identities.
          --uri ID              The URI (SPIFFE ID) the leaf must carry; it replaces the policy's allowed
                                identities.
          --purpose client|server
                                The role of the peer that presents the chain. Default: server.
          --policy PRESET|FILE  Default: nhi-strict.
          --pin PIN             A pin the chain must match (sha256/BASE64, pin-sha256="BASE64" or hex);
                                repeatable; replaces the policy's pins. Presets that pin list no pins, so
                                give the pins here.

        EXIT STATUS:
          0 accepted, 1 rejected, 64 bad arguments, 65 unreadable input, 66 a file cannot be opened.
        """

    static func main(_ arguments: [String]) throws(CommandLineError) -> ExitStatus {
        var parser = ArgumentParser(arguments, command: "verify")
        if parser.printsHelp(help) { return .success }
        guard let trustPath = try parser.value("--trust") else {
            throw .usage("missing --trust FILE", command: "verify")
        }
        guard let chainPath = try parser.value("--chain") else {
            throw .usage("missing --chain FILE", command: "verify")
        }
        let crlPaths = try parser.values("--crl")
        let time = try parser.value("--at")
        let name = try parser.value("--name")
        let uri = try parser.value("--uri")
        let purpose = try parser.value("--purpose") ?? "server"
        let policyValue = try parser.value("--policy")
        let pinTexts = try parser.values("--pin")
        _ = try parser.finish()
        if name != nil && uri != nil { throw .usage("give --name or --uri, not both", command: "verify") }
        guard let peer = EndpointRole(rawValue: purpose) else {
            throw .usage("--purpose must be client or server, not '\(purpose)'", command: "verify")
        }
        let referenceTime = try parseTime(time)
        var policy = try PolicyArgument.load(policyValue)
        if let name { policy.allowedPeerIdentities = .init(dnsNames: [name]) }
        if let uri { policy.allowedPeerIdentities = .init(uris: [uri]) }
        if !pinTexts.isEmpty {
            var pins: [SPKIPin] = []
            for text in pinTexts {
                do { pins.append(try SPKIPin(text)) } catch {
                    throw .usage("--pin '\(text)': \(error.reason)", command: "verify")
                }
            }
            policy.pinning.pins = pins
            if policy.pinning.scope == .off { policy.pinning.scope = .leaf }
        }
        // Every file is read and checked on its own first, so that an error names the file at fault.
        let trust = try InputFile.certificates(trustPath).map(\.derEncoded)
        let chain = try InputFile.certificates(chainPath).map(\.derEncoded)
        var crls: [[UInt8]] = []
        for path in crlPaths {
            for (index, der) in try InputFile.derObjects(path, label: "X509 CRL").enumerated() {
                do {
                    _ = try OpenSSLCRL(der: der)
                } catch {
                    throw CommandLineError(status: .dataError, message: "\(path): CRL \(index + 1) cannot be read")
                }
                crls.append(der)
            }
        }
        let verification = EndpointConfiguration.PeerVerification(
            policy: policy, trustAnchors: trust, crls: crls, referenceTime: referenceTime,
            expectedHostName: peer == .server ? name : nil
        )
        let decision: OfflineVerifier.Decision
        do {
            decision = try OfflineVerifier.verify(chain: chain, verification: verification, peer: peer)
        } catch {
            throw CommandLineError(status: .dataError, message: "\(chainPath): \(error)")
        }
        if decision.accepted {
            Output.result("ACCEPT\n")
            return .success
        }
        if let failure = decision.policyFailure {
            Output.result("REJECT rule \(failure.rule.identifier): \(failure.reason)\n")
        } else if let error = decision.error {
            Output.result("REJECT \(error.name): \(error.explanation)\n")
        } else {
            Output.result("REJECT\n")
        }
        return .failure
    }

    private static func parseTime(_ text: String?) throws(CommandLineError) -> Date {
        guard let text else { return Date() }
        // Certificates can name times from 1950 to 9999; a time outside that cannot be checked against them.
        let range = Date(timeIntervalSince1970: -631_152_000)...Date(timeIntervalSince1970: 253_402_300_799)
        let date: Date? =
            if let seconds = Int(text) { Date(timeIntervalSince1970: TimeInterval(seconds)) } else {
                ISO8601DateFormatter().date(from: text)
            }
        guard let date, range.contains(date) else {
            throw .usage(
                "--at must be ISO 8601 (2026-12-04T10:00:00Z) or Unix seconds between 1950 and 9999, not '\(text)'",
                command: "verify"
            )
        }
        return date
    }
}
