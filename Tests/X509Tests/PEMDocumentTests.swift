import Testing
import X509

/// The PEM reader (RFC 7468, strict base64) and writer.
struct PEMDocumentTests {
    private let body = [UInt8](0..<100)

    private var block: String {
        PEMDocument(label: "CERTIFICATE", derBytes: body).pemEncoded
    }

    private func refusal(_ text: String, label: String? = nil) -> X509Error? {
        do {
            _ = try PEMDocument.parseAll(text, requiringLabel: label)
            return nil
        } catch {
            return error
        }
    }

    @Test func writesSixtyFourCharacterLines() {
        let lines = block.split(separator: "\n")
        #expect(lines.first == "-----BEGIN CERTIFICATE-----")
        #expect(lines[1].count == 64)
        #expect(lines.last == "-----END CERTIFICATE-----")
    }

    @Test func readsWhatItWrites() throws {
        #expect(try PEMDocument(pemEncoded: block, requiringLabel: "CERTIFICATE").derBytes == body)
    }

    @Test func readsSeveralBlocksAndIgnoresTextOutside() throws {
        let text = "subject=CN=x\n" + block + "between\r\n" + block.replacingOccurrences(of: "\n", with: "\r\n")
        let documents = try PEMDocument.parseAll(text)
        #expect(documents.count == 2)
        #expect(documents.allSatisfy { $0.derBytes == body })
    }

    @Test func acceptsOtherLineWrapping() throws {
        let lines = block.split(separator: "\n")
        let middle = lines[1..<(lines.count - 1)].joined()
        let joined = "\(lines[0])\n\(middle)\n\(lines[lines.count - 1])\n"
        #expect(try PEMDocument(pemEncoded: joined).derBytes == body)
    }

    @Test func refusesMismatchedLabels() {
        let text = block.replacingOccurrences(of: "END CERTIFICATE", with: "END PRIVATE KEY")
        let error = refusal(text)
        #expect(error?.code == .invalidPEM)
        #expect(error?.textLine == 5)
    }

    @Test func refusesAnotherLabelThanRequired() {
        #expect(refusal(block, label: "PRIVATE KEY")?.code == .invalidPEM)
    }

    @Test func refusesJunkInsideABlock() {
        var lines = block.split(separator: "\n").map(String.init)
        lines[1] = String(lines[1].dropLast()) + "!"
        let error = refusal(lines.joined(separator: "\n"))
        #expect(error?.code == .invalidPEM)
        #expect(error?.textLine == 2)
    }

    @Test func refusesHeadersInsideABlock() {
        let text = block.replacingOccurrences(
            of: "-----\n", with: "-----\nProc-Type: 4,ENCRYPTED\n", options: [], range: block.range(of: "-----\n"))
        #expect(refusal(text)?.textLine == 2)
    }

    @Test func refusesWrongPadding() {
        let bad = "-----BEGIN X-----\nAA=\n-----END X-----\n"
        #expect(refusal(bad)?.code == .invalidPEM)
        let nonCanonical = "-----BEGIN X-----\nAB==\n-----END X-----\n"
        #expect(refusal(nonCanonical)?.code == .invalidPEM)
        let dataAfterPadding = "-----BEGIN X-----\nAA==\nAAAA\n-----END X-----\n"
        #expect(refusal(dataAfterPadding)?.textLine == 3)
    }

    @Test func refusesUnterminatedBlock() {
        let error = refusal("text\n-----BEGIN X-----\nAAAA\n")
        #expect(error?.textLine == 2)
    }

    @Test func refusesTextWithoutBlocks() {
        #expect(refusal("nothing here\n")?.code == .invalidPEM)
    }

    @Test func refusesEveryProperPrefixOfABlock() {
        for length in 0..<(block.utf8.count - 1) {
            let prefix = String(decoding: block.utf8.prefix(length), as: UTF8.self)
            #expect(refusal(prefix) != nil, "prefix of \(length) characters")
        }
    }
}
