internal import COpenSSL
internal import X509

extension FuzzTarget {
    /// Pin parsing, and matching pins against the keys of the fixture PKI.
    ///
    /// Properties of every pin the reader accepts: written in each ``X509/SPKIPin/Format`` and read again it is
    /// the same pin; it matches a certificate exactly when it equals the SHA-256 of that certificate's
    /// SubjectPublicKeyInfo, computed here with OpenSSL's `SHA256` rather than by the pin code; a leaf-only pin
    /// set ignores every certificate but the first; and the pin with one bit flipped matches none of the keys
    /// the pin matches. Text that reads as several pins, one a line, reads to the same set as the pins one by one.
    public static let pins = FuzzTarget(
        name: "pins",
        property: "parse, format, parse gives the same pin, and a pin never matches a different key",
        usesFixturePKI: true
    ) { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        checkPinList(text)
        guard let pin = try? SPKIPin(text) else {
            return .rejected
        }
        for format in [SPKIPin.Format.sha256Base64, .rfc7469, .hex, .colonHex] {
            let written = pin.formatted(format)
            guard (try? SPKIPin(written)) == pin else {
                violated("pins", "\(pin) written as \(written) does not read back to the same pin")
            }
        }
        var flippedDigest = pin.sha256
        flippedDigest[bytes.count % 32] ^= 1 << UInt8(bytes.count % 8)
        guard let flipped = try? SPKIPin(sha256: flippedDigest) else {
            violated("pins", "a 32-byte digest does not make a pin")
        }
        let keys = pinnedKeys
        for (index, key) in keys.enumerated() {
            let named = key.digest == pin.sha256
            guard PinSet([pin]).matches(chain: [key.certificate]) == named else {
                violated("pins", "\(pin) \(named ? "misses" : "matches") \(key.certificate.subject)")
            }
            if named, PinSet([flipped]).matches(chain: [key.certificate]) {
                violated("pins", "\(flipped), one bit away from the key's pin, matches it")
            }
            let other = keys[(index + 1) % keys.count]
            let leafOnly = PinSet([pin], mode: .leafOnly).matches(chain: [other.certificate, key.certificate])
            guard leafOnly == (other.digest == pin.sha256) else {
                violated("pins", "a leaf-only pin set looked past the leaf of a two-certificate chain")
            }
        }
        return .accepted
    }

    /// Each certificate of the fixture PKI with the SHA-256 of its SubjectPublicKeyInfo.
    private static let pinnedKeys: [(certificate: Certificate, digest: [UInt8])] = {
        FuzzFixtures.certificates.compactMap { der in
            guard let certificate = try? Certificate(derEncoded: der) else {
                return nil
            }
            return (certificate, sha256(Array(certificate.subjectPublicKeyInfo.derEncoded)))
        }
    }()

    /// Reads the non-empty lines of a text as a pin set and as single pins, and checks both agree.
    private static func checkPinList(_ text: String) {
        let lines = text.split(separator: "\n").map(String.init)
        let single = lines.map { try? SPKIPin($0) }
        let set = try? PinSet(parsing: lines)
        let everyLineReads = single.allSatisfy { $0 != nil }
        guard (set != nil) == everyLineReads else {
            violated("pins", "a pin list and its pins one by one disagree on whether they read")
        }
        if let set, set.pins != Set(single.compactMap { $0 }) {
            violated("pins", "a pin list reads to other pins than its lines do one by one")
        }
    }

    /// SHA-256 by OpenSSL's one-shot function.
    private static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                _ = SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }
}
