/// The fields of one Ethernet II / IPv4 / TCP frame, as the framer writes them and the reassembler reads them.
///
/// Only what one captured connection needs is modelled: no IP options, no fragments, no VLAN tags.
struct TCPFrame: Hashable {
    /// The EtherType of IPv4.
    static let etherTypeIPv4: UInt16 = 0x0800
    /// The IP protocol number of TCP.
    static let protocolTCP: UInt8 = 6
    /// The length of an Ethernet II header without a VLAN tag.
    static let ethernetHeaderLength = 14
    /// The length of an IPv4 header without options.
    static let ipv4HeaderLength = 20
    /// The length of a TCP header without options.
    static let tcpHeaderLength = 20

    /// The sender.
    var source: TCPEndpoint
    /// The receiver.
    var destination: TCPEndpoint
    /// The IPv4 identification field.
    var identification: UInt16 = 0
    /// The sequence number of the first payload byte, or of the SYN or FIN.
    var sequenceNumber: UInt32
    /// The next sequence number the sender expects; meaningful when ``flags`` holds ``TCPFlags/ack``.
    var acknowledgementNumber: UInt32
    /// The control bits.
    var flags: TCPFlags
    /// The receive window field.
    var window: UInt16 = 0xFFFF
    /// TCP options, already padded to a multiple of four bytes.
    var options: [UInt8] = []
    /// The TCP payload.
    var payload: [UInt8] = []

    /// The frame as bytes on the wire, with the IPv4 header checksum and the TCP checksum filled in.
    func encoded() -> [UInt8] {
        let tcpLength = Self.tcpHeaderLength + options.count + payload.count
        let ipTotalLength = Self.ipv4HeaderLength + tcpLength
        var frame: [UInt8] = []
        frame.reserveCapacity(Self.ethernetHeaderLength + ipTotalLength)

        // Ethernet II: destination, source, EtherType.
        frame += destination.macAddress.bytes
        frame += source.macAddress.bytes
        frame.appendBigEndian(Self.etherTypeIPv4)

        // IPv4: version 4, five-word header, don't fragment, TTL 64; the checksum is patched in afterwards.
        let ipStart = frame.count
        frame += [0x45, 0x00]
        frame.appendBigEndian(UInt16(ipTotalLength))
        frame.appendBigEndian(identification)
        frame.appendBigEndian(UInt16(0x4000))
        frame += [64, Self.protocolTCP, 0, 0]
        frame += source.ipAddress.bytes
        frame += destination.ipAddress.bytes
        let ipChecksum = InternetChecksum.of(frame[ipStart..<ipStart + Self.ipv4HeaderLength])
        frame.storeBigEndian(ipChecksum, at: ipStart + 10)

        // TCP header and payload; the checksum also covers the IPv4 pseudo-header.
        let tcpStart = frame.count
        frame.appendBigEndian(source.port)
        frame.appendBigEndian(destination.port)
        frame.appendBigEndian(sequenceNumber)
        frame.appendBigEndian(flags.contains(.ack) ? acknowledgementNumber : 0)
        frame.append(UInt8((Self.tcpHeaderLength + options.count) / 4) << 4)
        frame.append(flags.rawValue)
        frame.appendBigEndian(window)
        frame += [0, 0, 0, 0]
        frame += options
        frame += payload
        let tcpChecksum = Self.tcpChecksum(
            source: source.ipAddress,
            destination: destination.ipAddress,
            segment: frame[tcpStart...]
        )
        frame.storeBigEndian(tcpChecksum, at: tcpStart + 16)
        return frame
    }

    /// The TCP checksum of `segment` (header and payload) over the IPv4 pseudo-header; zero when `segment` already
    /// carries a correct checksum.
    static func tcpChecksum(
        source: IPv4Address,
        destination: IPv4Address,
        segment: ArraySlice<UInt8>
    ) -> UInt16 {
        var checksum = InternetChecksum()
        checksum.add(source.bytes)
        checksum.add(destination.bytes)
        checksum.addWord(UInt16(protocolTCP))
        checksum.addWord(UInt16(truncatingIfNeeded: segment.count))
        checksum.add(segment)
        return checksum.value
    }
}
