/// A public key pin: the SHA-256 digest of a certificate's DER SubjectPublicKeyInfo (RFC 7469 section 2.4).
///
/// Pins are read from, and written to, three forms:
/// - ``Format/sha256Base64``: `sha256/` then the base64 digest, as curl's `--pinnedpubkey` and Envoy take it;
/// - ``Format/rfc7469``: `pin-sha256="..."`, the directive of RFC 7469 (its name is read case-insensitively);
/// - ``Format/hex`` and ``Format/colonHex``: 64 hexadecimal digits, bare or as 32 colon-separated pairs, in
///   either case on input and lower case on output.
///
/// Base64 must be strict: padded, with zero padding bits. Surrounding whitespace is ignored.
public struct SPKIPin: Sendable, Hashable, CustomStringConvertible {
    /// The 32 digest bytes.
    public let sha256: [UInt8]

    /// A way of writing a pin.
    public struct Format: Sendable, Hashable {
        private let rawValue: Int

        private init(_ rawValue: Int) {
            self.rawValue = rawValue
        }

        /// `sha256/BASE64`.
        public static let sha256Base64 = Format(0)
        /// `pin-sha256="BASE64"`.
        public static let rfc7469 = Format(1)
        /// 64 lower-case hexadecimal digits.
        public static let hex = Format(2)
        /// 32 lower-case hexadecimal pairs separated by colons.
        public static let colonHex = Format(3)
    }

    /// Creates a pin from a digest.
    ///
    /// - Parameter sha256: The SHA-256 digest of a DER SubjectPublicKeyInfo.
    /// - Throws: ``X509Error/Code/invalidPin`` unless the digest has 32 bytes.
    public init(sha256: [UInt8]) throws(X509Error) {
        guard sha256.count == 32 else {
            throw X509Error(.invalidPin, "a SHA-256 digest has 32 bytes, this one has \(sha256.count)")
        }
        self.sha256 = sha256
    }

    /// The pin of a public key.
    ///
    /// - Parameter subjectPublicKeyInfo: The key; its complete DER encoding is hashed.
    /// - Throws: ``X509Error/Code/digestFailed`` when OpenSSL cannot hash.
    public init(subjectPublicKeyInfo: SubjectPublicKeyInfo) throws(X509Error) {
        self.sha256 = try SHA256Digest.hash(subjectPublicKeyInfo.derEncoded)
    }

    /// The pin of a DER SubjectPublicKeyInfo, hashed as given.
    ///
    /// - Parameter subjectPublicKeyInfoDER: The complete DER encoding of the key.
    /// - Throws: ``X509Error/Code/digestFailed`` when OpenSSL cannot hash.
    public init(subjectPublicKeyInfoDER: [UInt8]) throws(X509Error) {
        self.sha256 = try SHA256Digest.hash(subjectPublicKeyInfoDER)
    }

    /// The pin of a certificate's public key.
    ///
    /// - Parameter certificate: The certificate.
    /// - Throws: ``X509Error/Code/digestFailed`` when OpenSSL cannot hash.
    public init(certificate: Certificate) throws(X509Error) {
        try self.init(subjectPublicKeyInfo: certificate.subjectPublicKeyInfo)
    }

    /// Reads a pin in any of the forms the type documents.
    ///
    /// - Parameter text: The pin.
    /// - Throws: ``X509Error/Code/invalidPin`` naming the problem: an unknown algorithm, bad base64 or hex,
    ///   or a digest of the wrong length.
    public init(_ text: String) throws(X509Error) {
        let trimmed = text.trimmingWhitespace
        // The RFC 7469 form goes first: its base64 may itself contain "/".
        if trimmed.lowercased().hasPrefix("pin-") {
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw X509Error(.invalidPin, "an RFC 7469 pin needs pin-sha256=\"BASE64\"")
            }
            try Self.checkAlgorithm(
                String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 4)..<equals]), in: "pin-")
            let value = trimmed[trimmed.index(after: equals)...]
            guard value.count >= 2, value.first == "\"", value.last == "\"" else {
                throw X509Error(.invalidPin, "the value of pin-sha256 must be a quoted string")
            }
            try self.init(base64: value.dropFirst().dropLast())
        } else if let slash = trimmed.firstIndex(of: "/") {
            try Self.checkAlgorithm(String(trimmed[..<slash]), in: "the sha256/ form")
            try self.init(base64: trimmed[trimmed.index(after: slash)...])
        } else if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isHexDigit || $0 == ":" }) {
            try self.init(hex: trimmed)
        } else {
            throw X509Error(.invalidPin, "not a pin: expected sha256/BASE64, pin-sha256=\"BASE64\" or 64 hex digits")
        }
    }

    private init(base64: Substring) throws(X509Error) {
        switch Base64.decode(Array(base64.utf8)) {
        case .success(let digest):
            try self.init(sha256: digest)
        case .failure(let failure):
            throw X509Error(.invalidPin, "the pin's base64 is invalid: \(failure.reason)")
        }
    }

    private init(hex text: String) throws(X509Error) {
        let characters = Array(text.utf8)
        let digits: [UInt8]
        if characters.contains(UInt8(ascii: ":")) {
            let groups = characters.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard groups.allSatisfy({ $0.count == 2 }) else {
                throw X509Error(.invalidPin, "a colon-separated hex pin needs pairs of digits between colons")
            }
            digits = groups.flatMap { $0 }
        } else {
            digits = characters
        }
        guard digits.count == 64 else {
            throw X509Error(.invalidPin, "a hex pin has \(digits.count) digits, a SHA-256 digest needs 64")
        }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let high = Self.hexValue(digits[index]), let low = Self.hexValue(digits[index + 1]) else {
                throw X509Error(.invalidPin, "a hex pin holds a character that is not a hex digit")
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        try self.init(sha256: bytes)
    }

    private static func hexValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return character - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func checkAlgorithm(_ name: String, in form: String) throws(X509Error) {
        guard name.lowercased() == "sha256" else {
            throw X509Error(.invalidPin, "unknown pin algorithm \"\(name)\" in \(form); only sha256 is supported")
        }
    }

    /// The pin written in a given form.
    ///
    /// - Parameter format: The form; ``Format/sha256Base64`` when omitted.
    /// - Returns: The text, which ``init(_:)`` reads back to an equal pin.
    public func formatted(_ format: Format = .sha256Base64) -> String {
        switch format {
        case .rfc7469:
            return "pin-sha256=\"\(Base64.encode(sha256))\""
        case .hex:
            return sha256.map(Self.hexPair).joined()
        case .colonHex:
            return sha256.map(Self.hexPair).joined(separator: ":")
        default:
            return "sha256/" + Base64.encode(sha256)
        }
    }

    private static func hexPair(_ byte: UInt8) -> String {
        (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }

    /// The `sha256/BASE64` form.
    public var description: String {
        formatted(.sha256Base64)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
