internal import CPcap

/// Owns one libpcap handle opened on a capture file, and closes it when released.
///
/// Timestamps are requested in nanoseconds, so pcapng files written with nanosecond resolution read back exactly
/// and microsecond files are scaled up by libpcap.
final class PcapHandle {
    /// The libpcap handle; owned, closed in `deinit`.
    private let handle: OpaquePointer
    /// The file's name, which starts every error reason.
    private let name: String

    /// Opens the capture at `path` for reading.
    ///
    /// - Throws: ``CaptureError/Code/truncatedCapture`` or ``CaptureError/Code/malformedCapture`` with libpcap's
    ///   reason when libpcap refuses the file.
    init(offlinePath path: String) throws(CaptureError) {
        var errorBuffer = [CChar](repeating: 0, count: Int(PCAP_ERRBUF_SIZE))
        let precision = UInt32(PCAP_TSTAMP_PRECISION_NANO)
        guard let handle = pcap_open_offline_with_tstamp_precision(path, precision, &errorBuffer) else {
            let message = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw Self.error(fromLibpcap: message, name: path)
        }
        self.handle = handle
        self.name = path
    }

    deinit {
        pcap_close(handle)
    }

    /// The file's link type, a `LINKTYPE_` value such as 1 for Ethernet.
    var linkType: Int32 { pcap_datalink(handle) }

    /// The link type's name as libpcap knows it, such as `EN10MB`, or its number.
    var linkTypeName: String {
        guard let name = pcap_datalink_val_to_name(linkType) else {
            return String(linkType)
        }
        return String(cString: name)
    }

    /// The next packet, or `nil` at the end of the file.
    ///
    /// - Throws: ``CaptureError/Code/truncatedCapture`` when the file ends inside a packet,
    ///   ``CaptureError/Code/malformedCapture`` for other read failures.
    func nextPacket() throws(CaptureError) -> CapturedPacket? {
        var header: UnsafeMutablePointer<pcap_pkthdr>?
        var data: UnsafePointer<UInt8>?
        switch pcap_next_ex(handle, &header, &data) {
        case 1:
            guard let header, let data else {
                throw CaptureError(.libpcapFailure, "\(name): libpcap returned a packet without data")
            }
            let packetHeader = header.pointee
            let seconds = Int64(packetHeader.ts.tv_sec)
            let fraction = Int64(packetHeader.ts.tv_usec)
            let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
            guard seconds >= 0, fraction >= 0, !overflow, scaled <= Int64.max - fraction else {
                throw CaptureError(.malformedCapture, "\(name): a packet's timestamp is out of range")
            }
            return CapturedPacket(
                timestamp: UInt64(scaled + fraction),
                bytes: Array(UnsafeBufferPointer(start: data, count: Int(packetHeader.caplen))),
                originalLength: Int(packetHeader.len)
            )
        case PCAP_ERROR_BREAK:
            return nil
        default:
            throw Self.error(fromLibpcap: String(cString: pcap_geterr(handle)), name: name)
        }
    }

    /// Sorts a libpcap failure message into a truncated or otherwise malformed capture.
    private static func error(fromLibpcap message: String, name: String) -> CaptureError {
        let code: CaptureError.Code = message.lowercased().contains("truncated") ? .truncatedCapture : .malformedCapture
        return CaptureError(code, "\(name): libpcap: \(message)")
    }
}
