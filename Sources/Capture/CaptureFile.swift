#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A capture file read back: its Ethernet frames through libpcap, and from pcapng files the TLS key log of the
/// Decryption Secrets Blocks and the section's comment and application.
///
/// Reading is strict. Each way a file can be unusable has its own ``CaptureError/Code``, and every reason names
/// the file. A pcapng file is walked block by block before libpcap sees it, so truncation and garbage are found
/// by bounds-checked code first; note that a pcapng file cut exactly between two blocks is a valid, shorter
/// capture, since the format records no packet count.
public struct CaptureFile: Sendable {
    /// The `LINKTYPE_ETHERNET` link type, the only one read.
    public static let ethernetLinkType: Int32 = 1

    /// The path the capture was read from.
    public var path: String
    /// The frames, in file order, each starting with its Ethernet header.
    public var packets: [CapturedPacket]
    /// The TLS key log lines of every Decryption Secrets Block, in file order; empty for classic pcap files.
    public var keyLog: [String]
    /// The comment on the first section, such as the scenario and its outcome; `nil` when absent.
    public var comment: String?
    /// The application that wrote the first section, such as `mtls-harness 0.1.0`; `nil` when absent.
    public var application: String?

    /// Reads the pcap or pcapng file at `path`.
    ///
    /// - Throws: A ``CaptureError`` whose code is ``CaptureError/Code/fileNotFound``,
    ///   ``CaptureError/Code/fileUnreadable``, ``CaptureError/Code/notACapture``,
    ///   ``CaptureError/Code/truncatedCapture``, ``CaptureError/Code/malformedCapture`` or
    ///   ``CaptureError/Code/unsupportedLinkType``.
    public init(contentsOf path: String) throws(CaptureError) {
        let bytes = try Self.readBytes(path)
        self.path = path
        keyLog = []
        comment = nil
        application = nil

        // Recognise the format from the first four bytes; walk pcapng blocks before libpcap sees them.
        var expectedPacketCount: Int?
        switch try CaptureFormat(recognising: bytes, name: path) {
        case .pcapng:
            let contents = try PcapngBlockWalker(bytes: bytes, name: path).walk()
            if let linkType = contents.linkTypes.first(where: { Int32($0) != Self.ethernetLinkType }) {
                throw CaptureError(.unsupportedLinkType, "\(path): link type \(linkType) is not Ethernet (1)")
            }
            keyLog = contents.keyLog
            comment = contents.comment
            application = contents.application
            expectedPacketCount = contents.packetCount
        case .pcap:
            break
        }

        // Read the packets through libpcap.
        let handle = try PcapHandle(offlinePath: path)
        guard handle.linkType == Self.ethernetLinkType else {
            throw CaptureError(
                .unsupportedLinkType,
                "\(path): link type \(handle.linkTypeName) (\(handle.linkType)) is not Ethernet (1)"
            )
        }
        var packets: [CapturedPacket] = []
        while let packet = try handle.nextPacket() {
            packets.append(packet)
        }
        if let expectedPacketCount, expectedPacketCount != packets.count {
            throw CaptureError(
                .malformedCapture,
                "\(path): libpcap read \(packets.count) packets where the file has \(expectedPacketCount) packet blocks"
            )
        }
        self.packets = packets
    }

    /// The whole file at `path`.
    /// The largest capture read: far above any capture of an in-process run, low enough that a device or a
    /// huge file is refused instead of filling memory.
    public static let maximumFileSize = 256 * 1024 * 1024

    private static func readBytes(_ path: String) throws(CaptureError) -> [UInt8] {
        // Non-blocking, so that a FIFO is refused below instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let systemReason = String(cString: strerror(errno))
            if errno == ENOENT || errno == ENOTDIR {
                throw CaptureError(.fileNotFound, "\(path): no such capture file")
            }
            throw CaptureError(.fileUnreadable, "\(path): cannot open (\(systemReason))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw CaptureError(.fileUnreadable, "\(path): not a regular file")
        }
        guard status.st_size <= maximumFileSize else {
            throw CaptureError(
                .notACapture, "\(path): \(status.st_size) bytes, more than the \(maximumFileSize) a capture may have"
            )
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count == 0 {
                return bytes
            }
            if count < 0 {
                if errno == EINTR {
                    continue
                }
                throw CaptureError(.fileUnreadable, "\(path): cannot read (\(String(cString: strerror(errno))))")
            }
            bytes += chunk[0..<count]
        }
    }
}

/// The two capture formats libpcap reads, recognised by their magic numbers.
private enum CaptureFormat {
    case pcap
    case pcapng

    /// The magic numbers of classic pcap (microsecond and nanosecond, both byte orders) as the file's first bytes.
    private static let pcapMagics: [[UInt8]] = [
        [0xD4, 0xC3, 0xB2, 0xA1], [0xA1, 0xB2, 0xC3, 0xD4], [0x4D, 0x3C, 0xB2, 0xA1], [0xA1, 0xB2, 0x3C, 0x4D],
    ]
    /// The first bytes of every pcapng file: the Section Header Block type, a palindrome.
    private static let pcapngMagic: [UInt8] = [0x0A, 0x0D, 0x0D, 0x0A]
    /// The length of a classic pcap file header.
    private static let pcapHeaderLength = 24

    /// Recognises the format of `bytes`.
    ///
    /// - Throws: ``CaptureError/Code/notACapture`` for an empty file or unknown magic,
    ///   ``CaptureError/Code/truncatedCapture`` for a file that ends inside the magic or the pcap file header.
    init(recognising bytes: [UInt8], name: String) throws(CaptureError) {
        guard !bytes.isEmpty else {
            throw CaptureError(.notACapture, "\(name): file is empty")
        }
        let head = Array(bytes.prefix(4))
        if head.count < 4 {
            if Self.pcapMagics.contains(where: { $0.starts(with: head) }) || Self.pcapngMagic.starts(with: head) {
                throw CaptureError(.truncatedCapture, "\(name): file ends inside the capture's magic number")
            }
        } else if head == Self.pcapngMagic {
            self = .pcapng
            return
        } else if Self.pcapMagics.contains(head) {
            guard bytes.count >= Self.pcapHeaderLength else {
                throw CaptureError(.truncatedCapture, "\(name): file ends inside the 24-byte pcap file header")
            }
            self = .pcap
            return
        }
        throw CaptureError(.notACapture, "\(name): not a pcap or pcapng capture (unknown magic number)")
    }
}
