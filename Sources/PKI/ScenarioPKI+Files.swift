import Foundation

extension ScenarioPKI {
    /// One file of the PKI as `mtls-harness pki` writes it.
    public struct File: Sendable, Hashable {
        /// The file name.
        public var name: String
        /// The PEM text.
        public var contents: String
        /// Whether the file holds a private key (written with mode 0600).
        public var isPrivateKey: Bool
        /// What the file is, and the fault it carries.
        public var summary: String
    }

    /// Every authority, CRL and credential as PEM files, with a summary of each.
    public var files: [File] {
        var files: [File] = []
        for authority in authorities {
            files.append(
                File(
                    name: "\(authority.name).pem", contents: Self.pem("CERTIFICATE", authority.certificate),
                    isPrivateKey: false, summary: "CA certificate: \(authority.purpose)"
                ))
            files.append(
                File(
                    name: "\(authority.name).key.pem", contents: Self.pem("PRIVATE KEY", authority.privateKey),
                    isPrivateKey: true, summary: "CA private key: \(authority.purpose)"
                ))
            if let crl = authority.crl {
                files.append(
                    File(
                        name: "\(authority.name).crl.pem", contents: Self.pem("X509 CRL", crl), isPrivateKey: false,
                        summary: "CRL of \(authority.name)"
                    ))
            }
        }
        for credential in allCredentials {
            let stem = "\(credential.role.rawValue)-\(credential.variant.identifier)"
            let fault = credential.variant.fault.isEmpty ? "no fault" : credential.variant.fault
            files.append(
                File(
                    name: "\(stem).pem", contents: credential.chain.map { Self.pem("CERTIFICATE", $0) }.joined(),
                    isPrivateKey: false, summary: "\(credential.role.rawValue) chain as sent, leaf first: \(fault)"
                ))
            files.append(
                File(
                    name: "\(stem).key.pem", contents: Self.pem("PRIVATE KEY", credential.privateKey),
                    isPrivateKey: true, summary: "\(credential.role.rawValue) private key for \(stem).pem"
                ))
        }
        return files
    }

    /// PEM text for one DER object, with 64-character lines.
    static func pem(_ label: String, _ der: [UInt8]) -> String {
        let base64 = Data(der).base64EncodedString()
        var lines = ["-----BEGIN \(label)-----"]
        var index = base64.startIndex
        while index < base64.endIndex {
            let end = base64.index(index, offsetBy: 64, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<end]))
            index = end
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }
}
