import Testing
import X509

/// Pin text forms, their errors, round trips and pin sets.
struct SPKIPinTests {
    private let digest = (0..<32).map { UInt8($0 * 7 & 0xFF) }

    @Test func roundTripsEveryForm() throws {
        let pin = try SPKIPin(sha256: digest)
        for format in [SPKIPin.Format.sha256Base64, .rfc7469, .hex, .colonHex] {
            let text = pin.formatted(format)
            #expect(try SPKIPin(text) == pin, "\(text)")
        }
        #expect(pin.formatted(.rfc7469).hasPrefix("pin-sha256=\""))
        #expect(pin.formatted(.hex).count == 64)
        #expect(pin.formatted(.colonHex).count == 95)
    }

    /// Found by the pins fuzz target: a digest whose base64 holds "/" was read as the sha256/ form.
    @Test func readsRFC7469PinsWhoseBase64HoldsASlash() throws {
        let pin = try SPKIPin("sha256/9sKneN/ri25cMf9yXtG+FE3ilgOH2DlpBXPAi+sjXJE=")
        #expect(pin.formatted(.rfc7469).contains("/"))
        #expect(try SPKIPin(pin.formatted(.rfc7469)) == pin)
    }

    @Test func readsUpperCaseHexAndDirectiveName() throws {
        let pin = try SPKIPin(sha256: digest)
        #expect(try SPKIPin(pin.formatted(.hex).uppercased()) == pin)
        #expect(try SPKIPin(pin.formatted(.rfc7469).replacingOccurrences(of: "pin-sha256", with: "PIN-SHA256")) == pin)
    }

    @Test(arguments: [
        ("sha1/AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "unknown pin algorithm"),
        ("pin-sha1=\"AAAAAAAAAAAAAAAAAAAAAAAAAAA=\"", "unknown pin algorithm"),
        ("sha256/AAAA", "32 bytes"),
        ("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "base64"),
        ("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB=", "base64"),
        ("pin-sha256=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "quoted"),
        ("abcd", "64"),
        ("zz", "not a pin"),
    ])
    func refusesMalformedPins(_ text: String, _ problem: String) {
        do {
            _ = try SPKIPin(text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.code == .invalidPin)
            #expect(error.reason.contains(problem), "\(error.reason)")
        }
    }

    @Test func refusesDigestOfTheWrongLength() {
        #expect(throws: X509Error(.invalidPin, "")) { try SPKIPin(sha256: [1, 2, 3]) }
    }

    @Test func pinSetsFailClosed() throws {
        let leaf = try Certificate(derEncoded: TestCertificate().der)
        var issuerFixture = TestCertificate()
        issuerFixture.publicKey = Array(repeating: 0x07, count: 32)
        let issuer = try Certificate(derEncoded: issuerFixture.der)
        let issuerPin = try SPKIPin(certificate: issuer)
        #expect(PinSet([issuerPin]).matches(chain: [leaf, issuer]))
        #expect(!PinSet([issuerPin], mode: .leafOnly).matches(chain: [leaf, issuer]))
        #expect(PinSet([try SPKIPin(certificate: leaf)], mode: .leafOnly).matches(chain: [leaf, issuer]))
        #expect(!PinSet([issuerPin]).matches(chain: []))
        #expect(!PinSet([]).matches(chain: [leaf, issuer]))
        #expect(try PinSet(parsing: [issuerPin.formatted(.hex)]).matches(chain: [issuer]))
    }
}
