/// One PEM block (RFC 7468): a label such as `CERTIFICATE` and the DER bytes its base64 body carries.
///
/// The reader follows RFC 7468's strict grammar with two allowances: base64 lines may have any length (the
/// writer uses 64), and blank lines and trailing spaces, tabs and carriage returns are ignored. Anything else
/// inside a block (headers such as `Proc-Type:`, stray characters, misplaced or non-canonical padding) is an
/// error naming the line. Text outside blocks is allowed and ignored.
public struct PEMDocument: Sendable, Hashable {
    /// The label between `BEGIN ` and the closing dashes.
    public let label: String
    /// The decoded body.
    public let derBytes: [UInt8]

    /// Creates a document to write.
    ///
    /// - Parameters:
    ///   - label: The label, such as `CERTIFICATE`.
    ///   - derBytes: The bytes to encode.
    public init(label: String, derBytes: [UInt8]) {
        self.label = label
        self.derBytes = derBytes
    }

    /// Reads a text that must hold exactly one PEM block.
    ///
    /// - Parameters:
    ///   - pemEncoded: The text.
    ///   - label: The label the block must have, or `nil` for any.
    /// - Throws: ``X509Error/Code/invalidPEM`` naming the line at fault.
    public init(pemEncoded: String, requiringLabel label: String? = nil) throws(X509Error) {
        let documents = try Self.parseAll(pemEncoded, requiringLabel: label)
        guard documents.count == 1, let document = documents.first else {
            throw X509Error(.invalidPEM, "expected one PEM block, found \(documents.count)")
        }
        self = document
    }

    /// Reads every PEM block of a text, in order.
    ///
    /// - Parameters:
    ///   - text: The text; lines outside blocks are ignored.
    ///   - label: The label every block must have, or `nil` for any.
    /// - Returns: The blocks; at least one.
    /// - Throws: ``X509Error/Code/invalidPEM`` naming the line at fault.
    public static func parseAll(_ text: String, requiringLabel label: String? = nil) throws(X509Error) -> [PEMDocument]
    {
        var documents: [PEMDocument] = []
        var open: (label: String, line: Int)?
        var body: [UInt8] = []
        var paddingSeen = false
        for (index, rawLine) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = Array(rawLine.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }.reversed())
            if line.starts(with: Array("-----BEGIN".utf8)) {
                guard open == nil else {
                    throw X509Error(.invalidPEM, "BEGIN inside an open block", textLine: lineNumber)
                }
                let found = try boundaryLabel(line, keyword: "BEGIN", lineNumber: lineNumber)
                if let label, found != label {
                    throw X509Error(
                        .invalidPEM, "found label \"\(found)\", expected \"\(label)\"", textLine: lineNumber)
                }
                open = (found, lineNumber)
                body = []
                paddingSeen = false
            } else if line.starts(with: Array("-----END".utf8)) {
                guard let current = open else {
                    throw X509Error(.invalidPEM, "END without a BEGIN", textLine: lineNumber)
                }
                let found = try boundaryLabel(line, keyword: "END", lineNumber: lineNumber)
                guard found == current.label else {
                    throw X509Error(
                        .invalidPEM,
                        "END label \"\(found)\" does not match BEGIN label \"\(current.label)\"",
                        textLine: lineNumber
                    )
                }
                switch Base64.decode(body) {
                case .success(let bytes):
                    documents.append(PEMDocument(label: current.label, derBytes: bytes))
                case .failure(let failure):
                    throw X509Error(
                        .invalidPEM,
                        "the block opened at line \(current.line) is not strict base64: \(failure.reason)",
                        textLine: lineNumber
                    )
                }
                open = nil
            } else if open != nil && !line.isEmpty {
                for character in line {
                    if character == UInt8(ascii: "=") {
                        paddingSeen = true
                    } else if !Base64.isAlphabet(character) || paddingSeen {
                        let what = paddingSeen ? "data after padding" : "a character outside base64"
                        throw X509Error(.invalidPEM, "\(what) inside a PEM block", textLine: lineNumber)
                    }
                }
                body.append(contentsOf: line)
            }
        }
        if let current = open {
            throw X509Error(.invalidPEM, "BEGIN \(current.label) has no END", textLine: current.line)
        }
        guard !documents.isEmpty else {
            throw X509Error(.invalidPEM, "no PEM block found")
        }
        return documents
    }

    /// Extracts and checks the label of `-----BEGIN label-----` or `-----END label-----`.
    private static func boundaryLabel(_ line: [UInt8], keyword: String, lineNumber: Int) throws(X509Error) -> String {
        let prefix = Array("-----\(keyword) ".utf8)
        let suffix = Array("-----".utf8)
        guard line.count >= prefix.count + suffix.count + 1, line.starts(with: prefix),
            line.suffix(suffix.count).elementsEqual(suffix)
        else {
            throw X509Error(.invalidPEM, "malformed \(keyword) line", textLine: lineNumber)
        }
        let label = line[prefix.count..<(line.count - suffix.count)]
        var previousWasSeparator = true
        for character in label {
            let separator = character == UInt8(ascii: "-") || character == UInt8(ascii: " ")
            guard character >= 0x20, character < 0x7F, !(separator && previousWasSeparator) else {
                throw X509Error(.invalidPEM, "malformed label on the \(keyword) line", textLine: lineNumber)
            }
            previousWasSeparator = separator
        }
        guard !previousWasSeparator else {
            throw X509Error(.invalidPEM, "malformed label on the \(keyword) line", textLine: lineNumber)
        }
        return String(decoding: label, as: UTF8.self)
    }

    /// The block as text: BEGIN line, base64 in lines of 64 characters, END line, each ending in a newline.
    public var pemEncoded: String {
        let encoded = Array(Base64.encode(derBytes).utf8)
        var text = "-----BEGIN \(label)-----\n"
        var start = 0
        while start < encoded.count {
            let end = min(start + 64, encoded.count)
            text += String(decoding: encoded[start..<end], as: UTF8.self) + "\n"
            start = end
        }
        return text + "-----END \(label)-----\n"
    }
}
