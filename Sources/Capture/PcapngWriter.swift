/// Encodes packets and the TLS secrets that decrypt them as one pcapng section, and writes it to a file.
///
/// The file holds, in order: a Section Header Block naming the application and carrying an optional comment; one
/// Ethernet Interface Description Block with nanosecond timestamps; a Decryption Secrets Block with the NSS key log
/// when there is one, placed before the packets so a reader has the keys when it reaches them; then one Enhanced
/// Packet Block per packet. Everything is little-endian; every block and option is padded to 32 bits.
public struct PcapngWriter: Sendable {
    /// The snapshot length declared when none is given: larger than any frame the framer makes.
    public static let defaultSnapshotLength: UInt32 = 262_144

    /// The application that wrote the file and its version, such as `mtls-harness 0.1.0`.
    public var application: String
    /// A comment on the whole capture, such as the scenario and its outcome; `nil` for none.
    public var comment: String?
    /// The most bytes of one frame that are stored; longer frames are cut and keep their original length.
    public var snapshotLength: UInt32

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - application: The application and its version, stored as the section's `shb_userappl` option.
    ///   - comment: A comment on the whole capture, stored as the section's `opt_comment` option. Strings longer
    ///     than 65535 UTF-8 bytes are cut to fit the option.
    ///   - snapshotLength: The most bytes of one frame to store.
    public init(application: String, comment: String? = nil, snapshotLength: UInt32 = defaultSnapshotLength) {
        self.application = application
        self.comment = comment
        self.snapshotLength = snapshotLength
    }

    /// The bytes of a pcapng file holding `packets` and the secrets in `keyLog`.
    ///
    /// - Parameters:
    ///   - packets: Ethernet frames with nanosecond timestamps, in capture order.
    ///   - keyLog: NSS key log lines, without line ends; when empty the file has no Decryption Secrets Block.
    public func encode(_ packets: [CapturedPacket], keyLog: [String]) -> [UInt8] {
        var file: [UInt8] = []
        appendSectionHeader(to: &file)
        appendInterfaceDescription(to: &file)
        if !keyLog.isEmpty {
            appendDecryptionSecrets(keyLog, to: &file)
        }
        for packet in packets {
            appendEnhancedPacket(packet, to: &file)
        }
        return file
    }

    /// Writes the file for `packets` and `keyLog` to `path` atomically: a reader sees the old file or the whole new
    /// one, a rerun replaces the file rather than appending to it, and an interrupted write leaves no partial file.
    ///
    /// - Throws: ``CaptureError/Code/writeFailed`` when the file cannot be written, for example because its
    ///   directory does not exist.
    public func write(_ packets: [CapturedPacket], keyLog: [String], to path: String) throws(CaptureError) {
        try AtomicFile.write(encode(packets, keyLog: keyLog), to: path)
    }

    private func appendSectionHeader(to file: inout [UInt8]) {
        var body: [UInt8] = []
        body.appendLittleEndian(PcapngFormat.byteOrderMagic)
        body.appendLittleEndian(UInt16(1))
        body.appendLittleEndian(UInt16(0))
        body.appendLittleEndian(UInt64.max)
        if let comment {
            Self.appendOption(PcapngFormat.optionComment, Array(comment.utf8), to: &body)
        }
        Self.appendOption(PcapngFormat.optionUserApplication, Array(application.utf8), to: &body)
        Self.appendOption(PcapngFormat.optionEnd, [], to: &body)
        Self.appendBlock(PcapngFormat.sectionHeaderBlock, body: body, to: &file)
    }

    private func appendInterfaceDescription(to file: inout [UInt8]) {
        var body: [UInt8] = []
        body.appendLittleEndian(PcapngFormat.linkTypeEthernet)
        body.appendLittleEndian(UInt16(0))
        body.appendLittleEndian(snapshotLength)
        Self.appendOption(PcapngFormat.optionTimestampResolution, [PcapngFormat.nanosecondResolution], to: &body)
        Self.appendOption(PcapngFormat.optionEnd, [], to: &body)
        Self.appendBlock(PcapngFormat.interfaceDescriptionBlock, body: body, to: &file)
    }

    private func appendDecryptionSecrets(_ keyLog: [String], to file: inout [UInt8]) {
        let text = Array(keyLog.map { $0 + "\n" }.joined().utf8)
        var body: [UInt8] = []
        body.appendLittleEndian(PcapngFormat.tlsKeyLogSecrets)
        body.appendLittleEndian(UInt32(text.count))
        body += text
        body.padToFourBytes()
        Self.appendBlock(PcapngFormat.decryptionSecretsBlock, body: body, to: &file)
    }

    private func appendEnhancedPacket(_ packet: CapturedPacket, to file: inout [UInt8]) {
        let capturedLength = min(packet.bytes.count, Int(snapshotLength))
        var body: [UInt8] = []
        body.reserveCapacity(20 + capturedLength + 3)
        body.appendLittleEndian(UInt32(0))
        body.appendLittleEndian(UInt32(truncatingIfNeeded: packet.timestamp >> 32))
        body.appendLittleEndian(UInt32(truncatingIfNeeded: packet.timestamp))
        body.appendLittleEndian(UInt32(capturedLength))
        body.appendLittleEndian(UInt32(clamping: max(packet.originalLength, packet.bytes.count)))
        body += packet.bytes[0..<capturedLength]
        body.padToFourBytes()
        Self.appendBlock(PcapngFormat.enhancedPacketBlock, body: body, to: &file)
    }

    /// Appends one option: code, length, value, and padding; values too long for the length field are cut.
    private static func appendOption(_ code: UInt16, _ value: [UInt8], to body: inout [UInt8]) {
        var length = min(value.count, PcapngFormat.maximumOptionLength)
        // Never cut a UTF-8 sequence in half: back up over continuation bytes.
        while length < value.count, length > 0, value[length] & 0xC0 == 0x80 {
            length -= 1
        }
        body.appendLittleEndian(code)
        body.appendLittleEndian(UInt16(length))
        body += value[0..<length]
        body.padToFourBytes()
    }

    /// Appends one block: type, total length, the body (already padded), total length again.
    private static func appendBlock(_ type: UInt32, body: [UInt8], to file: inout [UInt8]) {
        let totalLength = UInt32(PcapngFormat.minimumBlockLength + body.count)
        file.appendLittleEndian(type)
        file.appendLittleEndian(totalLength)
        file += body
        file.appendLittleEndian(totalLength)
    }
}
