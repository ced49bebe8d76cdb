internal import COpenSSL
internal import X509

/// Why OpenSSL refused the bytes, taken from its error queue.
struct X509CrossCheckOpenSSLRefusal: Error {
    let text: String
}

/// What one side of the cross-check read for one field: a rendered value, nothing, or a refusal.
enum X509CrossCheckField: Equatable {
    case value(String)
    case absent
    case refused(String)
}

/// An OpenSSL `X509` read with `d2i_X509`, owned and freed by this object, with the field readers the
/// cross-check compares.
final class X509CrossCheckOpenSSLCertificate {
    private let certificate: OpaquePointer

    /// Takes ownership of a certificate returned by `d2i_X509`.
    private init(taking certificate: OpaquePointer) {
        self.certificate = certificate
    }

    deinit {
        X509_free(certificate)
    }

    /// Reads `der` with `d2i_X509`, refusing bytes left over after the certificate.
    static func read(_ der: [UInt8]) -> Result<X509CrossCheckOpenSSLCertificate, X509CrossCheckOpenSSLRefusal> {
        guard !der.isEmpty else {
            return .failure(X509CrossCheckOpenSSLRefusal(text: "empty input"))
        }
        ERR_clear_error()
        var consumed = 0
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return nil
            }
            var cursor: UnsafePointer<UInt8>? = base
            let result = d2i_X509(nil, &cursor, buffer.count)
            consumed = cursor.map { $0 - base } ?? 0
            return result
        }
        guard let parsed else {
            return .failure(X509CrossCheckOpenSSLRefusal(text: "d2i_X509: \(drainErrors())"))
        }
        let owner = X509CrossCheckOpenSSLCertificate(taking: parsed)
        guard consumed == der.count else {
            return .failure(X509CrossCheckOpenSSLRefusal(text: "\(der.count - consumed) bytes follow the certificate"))
        }
        return .success(owner)
    }

    /// Empties OpenSSL's error queue into one line.
    static func drainErrors() -> String {
        OpenSSLErrorQueue.drainedLine(fallback: "no error reported")
    }

    var version: Int {
        Int(X509_get_version(certificate))
    }

    /// The serial number as a complete DER INTEGER.
    var serialNumberDER: [UInt8] {
        Self.encode { pointer in i2d_ASN1_INTEGER(X509_get0_serialNumber(certificate), pointer) }
    }

    var signatureAlgorithm: String {
        var signature: UnsafePointer<ASN1_BIT_STRING>?
        var algorithm: UnsafePointer<X509_ALGOR>?
        X509_get0_signature(&signature, &algorithm, certificate)
        var object: OpaquePointer?
        X509_ALGOR_get0(&object, nil, nil, algorithm)
        return Self.dotted(object)
    }

    var signature: [UInt8] {
        var signature: UnsafePointer<ASN1_BIT_STRING>?
        var algorithm: UnsafePointer<X509_ALGOR>?
        X509_get0_signature(&signature, &algorithm, certificate)
        return Self.bytes(of: signature)
    }

    /// The issuer (`subject == false`) or subject: DER, and entries as `rdn:oid=value`.
    func name(subject: Bool) -> (der: [UInt8], entries: [String]) {
        guard let name = subject ? X509_get_subject_name(certificate) : X509_get_issuer_name(certificate) else {
            return ([], [])
        }
        let der = Self.encode { pointer in i2d_X509_NAME(name, pointer) }
        var entries: [String] = []
        for index in 0..<X509_NAME_entry_count(name) {
            guard let entry = X509_NAME_get_entry(name, index) else {
                continue
            }
            let oid = Self.dotted(X509_NAME_ENTRY_get_object(entry))
            var utf8: UnsafeMutablePointer<UInt8>?
            let length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry))
            var value = "<not a string>"
            if length >= 0, let utf8 {
                value = String(decoding: UnsafeBufferPointer(start: utf8, count: Int(length)), as: UTF8.self)
                mtls_OPENSSL_free(utf8)
            }
            entries.append("\(X509_NAME_ENTRY_set(entry)):\(oid)=\(value)")
        }
        ERR_clear_error()
        return (der, entries)
    }

    /// Seconds since the Unix epoch of notBefore (`end == false`) or notAfter.
    func validity(end: Bool) -> Int64? {
        guard let time = end ? X509_get0_notAfter(certificate) : X509_get0_notBefore(certificate),
            let epoch = ASN1_TIME_set(nil, 0)
        else {
            return nil
        }
        defer { ASN1_STRING_free(epoch) }
        var days: Int32 = 0
        var seconds: Int32 = 0
        guard ASN1_TIME_diff(&days, &seconds, epoch, time) == 1 else {
            ERR_clear_error()
            return nil
        }
        return Int64(days) * 86_400 + Int64(seconds)
    }

    var subjectPublicKeyInfoDER: [UInt8] {
        Self.encode { pointer in i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate), pointer) }
    }

    /// The key's size in bits and, for EC keys, the curve's OpenSSL name; `nil` when OpenSSL cannot decode it.
    var key: (bits: Int, group: String?)? {
        guard let key = X509_get0_pubkey(certificate) else {
            ERR_clear_error()
            return nil
        }
        var buffer = [CChar](repeating: 0, count: 80)
        var length = 0
        let hasGroup = EVP_PKEY_get_group_name(key, &buffer, buffer.count, &length) == 1
        ERR_clear_error()
        return (Int(EVP_PKEY_get_bits(key)), hasGroup ? Self.text(buffer) : nil)
    }

    /// Every extension as `oid critical hex(value)`, in order.
    var extensions: [String] {
        var result: [String] = []
        for index in 0..<X509_get_ext_count(certificate) {
            guard let ext = X509_get_ext(certificate, index) else {
                continue
            }
            let value = Self.bytes(of: X509_EXTENSION_get_data(ext))
            result.append(
                "\(Self.dotted(X509_EXTENSION_get_object(ext))) \(X509_EXTENSION_get_critical(ext)) \(hex(value))")
        }
        return result
    }

    /// Decodes one extension with OpenSSL and renders it, telling absence from a decoding failure.
    private func decoded(
        _ nid: Int32, _ render: (UnsafeMutableRawPointer) -> String, free: (UnsafeMutableRawPointer) -> Void
    )
        -> X509CrossCheckField
    {
        var critical: Int32 = 0
        guard let value = X509_get_ext_d2i(certificate, nid, &critical, nil) else {
            let reason = Self.drainErrors()
            return critical == -1 ? .absent : .refused("critical=\(critical) \(reason)")
        }
        defer { free(value) }
        return .value(render(value))
    }

    var subjectAlternativeNames: X509CrossCheckField {
        decoded(
            NID_subject_alt_name,
            { raw in
                let names = OpaquePointer(raw)
                var rendered: [String] = []
                for index in 0..<mtls_sk_GENERAL_NAME_num(names) {
                    guard let name = mtls_sk_GENERAL_NAME_value(names, index) else {
                        continue
                    }
                    rendered.append(Self.render(name))
                }
                return rendered.joined(separator: ", ")
            }, free: { raw in mtls_GENERAL_NAMES_free(OpaquePointer(raw)) })
    }

    private static func render(_ name: UnsafeMutablePointer<GENERAL_NAME>) -> String {
        let value = name.pointee.d
        switch name.pointee.type {
        case GEN_EMAIL: return "email:" + latin1(value.rfc822Name)
        case GEN_DNS: return "DNS:" + latin1(value.dNSName)
        case GEN_URI: return "URI:" + latin1(value.uniformResourceIdentifier)
        case GEN_IPADD: return "IP:" + hex(bytes(of: value.iPAddress))
        case GEN_RID: return "RID:" + dotted(value.registeredID)
        case GEN_DIRNAME: return "DirName:" + hex(encode { pointer in i2d_X509_NAME(value.directoryName, pointer) })
        default: return "other[\(name.pointee.type)]"
        }
    }

    var basicConstraints: X509CrossCheckField {
        decoded(
            NID_basic_constraints,
            { raw in
                let constraints = raw.assumingMemoryBound(to: BASIC_CONSTRAINTS.self).pointee
                let length = constraints.pathlen.map { String(ASN1_INTEGER_get($0)) } ?? "none"
                return "CA:\(constraints.ca != 0) pathlen:\(length)"
            }, free: { raw in BASIC_CONSTRAINTS_free(raw.assumingMemoryBound(to: BASIC_CONSTRAINTS.self)) })
    }

    var keyUsage: X509CrossCheckField {
        decoded(
            NID_key_usage,
            { raw in
                let bits = raw.assumingMemoryBound(to: ASN1_BIT_STRING.self)
                var mask = 0
                for bit in 0..<16 where ASN1_BIT_STRING_get_bit(bits, Int32(bit)) != 0 {
                    mask |= 1 << bit
                }
                return String(mask)
            }, free: { raw in ASN1_BIT_STRING_free(raw.assumingMemoryBound(to: ASN1_BIT_STRING.self)) })
    }

    var extendedKeyUsage: X509CrossCheckField {
        decoded(
            NID_ext_key_usage,
            { raw in
                let stack = OpaquePointer(raw)
                var oids: [String] = []
                for index in 0..<OPENSSL_sk_num(stack) {
                    oids.append(Self.dotted(OpaquePointer(OPENSSL_sk_value(stack, index))))
                }
                return oids.joined(separator: ", ")
            }, free: { raw in EXTENDED_KEY_USAGE_free(OpaquePointer(raw)) })
    }

    /// Runs an `i2d_*` function twice, once for the length and once into a buffer.
    private static func encode(_ body: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32) -> [UInt8] {
        let length = body(nil)
        guard length > 0 else {
            ERR_clear_error()
            return []
        }
        var output = [UInt8](repeating: 0, count: Int(length))
        output.withUnsafeMutableBufferPointer { buffer in
            var cursor = buffer.baseAddress
            _ = body(&cursor)
        }
        return output
    }

    private static func bytes(of string: UnsafePointer<ASN1_STRING>?) -> [UInt8] {
        guard let string, let data = ASN1_STRING_get0_data(string) else {
            return []
        }
        return Array(UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(string))))
    }

    private static func bytes(of string: UnsafeMutablePointer<ASN1_STRING>?) -> [UInt8] {
        bytes(of: UnsafePointer(string))
    }

    private static func latin1(_ string: UnsafeMutablePointer<ASN1_STRING>?) -> String {
        String(decoding: bytes(of: string), as: UTF8.self)
    }

    private static func dotted(_ object: OpaquePointer?) -> String {
        guard let object else {
            return "<none>"
        }
        var buffer = [CChar](repeating: 0, count: 256)
        let needed = OBJ_obj2txt(&buffer, Int32(buffer.count), object, 1)
        guard needed >= 0 else {
            ERR_clear_error()
            return "<invalid>"
        }
        if Int(needed) >= buffer.count {
            buffer = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = OBJ_obj2txt(&buffer, Int32(buffer.count), object, 1)
        }
        return text(buffer)
    }

    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Lower-case hexadecimal, two digits a byte.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}
