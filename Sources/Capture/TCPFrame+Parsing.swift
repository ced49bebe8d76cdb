extension TCPFrame {
    /// A frame read from a capture, with the outcome of its checksum checks.
    struct Parsed {
        /// The header fields and payload.
        var frame: TCPFrame
        /// Whether the IPv4 header checksum matches the header.
        var ipv4ChecksumIsValid: Bool
        /// Whether the TCP checksum matches the segment and the pseudo-header.
        var tcpChecksumIsValid: Bool
    }

    /// Parses an Ethernet II frame holding an IPv4 packet holding a TCP segment.
    ///
    /// Every length is checked against the bytes at hand; nothing here traps on hostile input.
    ///
    /// - Parameters:
    ///   - bytes: The frame, starting with the Ethernet header.
    ///   - packetNumber: The frame's one-based number in its capture, for error reasons.
    /// - Returns: The parsed frame, or `nil` for a well-formed frame that is not IPv4 or not TCP.
    /// - Throws: ``CaptureError/Code/malformedPacket`` when a header is cut short or inconsistent, or the packet is
    ///   an IPv4 fragment.
    static func parse(_ bytes: [UInt8], packetNumber: Int) throws(CaptureError) -> Parsed? {
        func malformed(_ what: String) -> CaptureError {
            CaptureError(.malformedPacket, "packet \(packetNumber): \(what)")
        }
        let reader = ByteReader(bytes)

        // Ethernet II.
        guard let etherType = reader.uint16(at: 12) else {
            throw malformed("\(bytes.count) bytes is too short for an Ethernet header")
        }
        guard etherType == etherTypeIPv4 else {
            return nil
        }
        let destinationMAC = MACAddress(Array(bytes[0..<6]))!
        let sourceMAC = MACAddress(Array(bytes[6..<12]))!

        // IPv4.
        let ipStart = ethernetHeaderLength
        guard let versionAndLength = reader.uint8(at: ipStart), versionAndLength >> 4 == 4 else {
            throw malformed("IPv4 header is missing or its version is not 4")
        }
        let ipHeaderLength = Int(versionAndLength & 0x0F) * 4
        guard ipHeaderLength >= ipv4HeaderLength, let ipHeader = reader.slice(at: ipStart, count: ipHeaderLength),
            let totalLength = reader.uint16(at: ipStart + 2).map(Int.init),
            let fragment = reader.uint16(at: ipStart + 6), let protocolNumber = reader.uint8(at: ipStart + 9)
        else {
            throw malformed("IPv4 header is cut short or declares a length under 20 bytes")
        }
        guard totalLength >= ipHeaderLength, totalLength <= bytes.count - ipStart else {
            throw malformed("IPv4 total length \(totalLength) does not fit the \(bytes.count - ipStart) bytes captured")
        }
        guard fragment & 0x3FFF == 0 else {
            throw malformed("IPv4 fragments are not reassembled")
        }
        guard protocolNumber == protocolTCP else {
            return nil
        }
        let sourceIP = IPv4Address(bytes: ipHeader.dropFirst(12).prefix(4))!
        let destinationIP = IPv4Address(bytes: ipHeader.dropFirst(16).prefix(4))!
        let ipChecksumIsValid = InternetChecksum.of(ipHeader) == 0

        // TCP.
        let tcpStart = ipStart + ipHeaderLength
        let segment = bytes[tcpStart..<ipStart + totalLength]
        let tcp = ByteReader(Array(segment))
        guard let sourcePort = tcp.uint16(at: 0), let destinationPort = tcp.uint16(at: 2),
            let sequenceNumber = tcp.uint32(at: 4), let acknowledgementNumber = tcp.uint32(at: 8),
            let offsetByte = tcp.uint8(at: 12), let flagByte = tcp.uint8(at: 13), let window = tcp.uint16(at: 14)
        else {
            throw malformed("TCP header is cut short: \(segment.count) bytes")
        }
        let tcpHeaderLength = Int(offsetByte >> 4) * 4
        guard tcpHeaderLength >= Self.tcpHeaderLength, tcpHeaderLength <= segment.count else {
            throw malformed("TCP data offset \(tcpHeaderLength) does not fit the \(segment.count)-byte segment")
        }
        let tcpChecksumIsValid = tcpChecksum(source: sourceIP, destination: destinationIP, segment: segment) == 0
        let frame = TCPFrame(
            source: TCPEndpoint(macAddress: sourceMAC, ipAddress: sourceIP, port: sourcePort),
            destination: TCPEndpoint(macAddress: destinationMAC, ipAddress: destinationIP, port: destinationPort),
            identification: reader.uint16(at: ipStart + 4) ?? 0,
            sequenceNumber: sequenceNumber,
            acknowledgementNumber: acknowledgementNumber,
            flags: TCPFlags(rawValue: flagByte & 0x3F),
            window: window,
            options: Array(tcp.bytes[Self.tcpHeaderLength..<tcpHeaderLength]),
            payload: Array(tcp.bytes[tcpHeaderLength...])
        )
        return Parsed(frame: frame, ipv4ChecksumIsValid: ipChecksumIsValid, tcpChecksumIsValid: tcpChecksumIsValid)
    }
}
