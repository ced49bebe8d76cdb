/// A failure to frame, write or read a packet capture.
///
/// Compare errors by ``code``: the ``reason`` is for people and may change wording between releases, while the code
/// is stable. Every reason names the file or packet involved so that one line of output is enough to act on.
public struct CaptureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure happened; opaque so that new kinds never break a `switch`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) {
            self.name = name
        }

        /// The capture file does not exist.
        public static let fileNotFound = Code("fileNotFound")
        /// The capture file exists but could not be opened or read (permissions, a directory, an I/O error).
        public static let fileUnreadable = Code("fileUnreadable")
        /// The file is not a pcap or pcapng capture at all.
        public static let notACapture = Code("notACapture")
        /// The file starts like a capture but ends in the middle of a header, block or packet.
        public static let truncatedCapture = Code("truncatedCapture")
        /// The file is a capture whose blocks or headers are inconsistent or invalid.
        public static let malformedCapture = Code("malformedCapture")
        /// The capture holds packets of a link type other than Ethernet.
        public static let unsupportedLinkType = Code("unsupportedLinkType")
        /// libpcap reported a failure that none of the other codes describes.
        public static let libpcapFailure = Code("libpcapFailure")
        /// A packet's Ethernet, IPv4 or TCP header is cut short, inconsistent or unsupported.
        public static let malformedPacket = Code("malformedPacket")
        /// A packet's IPv4 header checksum or TCP checksum does not match its contents.
        public static let badChecksum = Code("badChecksum")
        /// The capture holds no TCP connection that starts with a SYN.
        public static let noConnection = Code("noConnection")
        /// The capture holds TCP packets of more than one connection.
        public static let multipleConnections = Code("multipleConnections")
        /// A direction of the TCP stream misses bytes that were never captured.
        public static let streamGap = Code("streamGap")
        /// A retransmitted segment carries bytes that differ from the ones first sent at the same sequence numbers.
        public static let inconsistentRetransmission = Code("inconsistentRetransmission")
        /// The transcript cannot be framed as one TCP connection, for example data written after its writer closed.
        public static let invalidTranscript = Code("invalidTranscript")
        /// A caller passed a value that is not allowed, such as an unknown capture mode or an empty file name.
        public static let invalidArgument = Code("invalidArgument")
        /// Writing a capture file or creating its directory failed.
        public static let writeFailed = Code("writeFailed")

        /// The code's stable name, such as `truncatedCapture`.
        public var description: String { name }
    }

    /// What kind of failure happened.
    public var code: Code
    /// One line for people, naming the file or packet involved.
    public var reason: String
    /// The source file that raised the error, as a module-relative identifier.
    public var file: String
    /// The source line that raised the error.
    public var line: UInt

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What kind of failure happened.
    ///   - reason: One line for people, naming the file or packet involved.
    ///   - file: The source file raising the error; leave the default.
    ///   - line: The source line raising the error; leave the default.
    public init(_ code: Code, _ reason: String, file: String = #fileID, line: UInt = #line) {
        self.code = code
        self.reason = reason
        self.file = file
        self.line = line
    }

    /// The code and the reason, for logs.
    public var description: String { "\(code): \(reason)" }

    /// Two errors are equal when their codes are equal; the reason and source location are not compared.
    public static func == (lhs: CaptureError, rhs: CaptureError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }
}
