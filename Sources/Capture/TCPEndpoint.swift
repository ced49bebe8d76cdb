/// One end of a TCP connection as it appears on an Ethernet link: hardware address, IPv4 address and port.
public struct TCPEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The Ethernet address frames from this end carry as their source.
    public var macAddress: MACAddress
    /// The IPv4 address.
    public var ipAddress: IPv4Address
    /// The TCP port.
    public var port: UInt16

    /// Creates an endpoint.
    public init(macAddress: MACAddress, ipAddress: IPv4Address, port: UInt16) {
        self.macAddress = macAddress
        self.ipAddress = ipAddress
        self.port = port
    }

    /// The first port of the dynamic range (RFC 6335) that client ports are drawn from.
    public static let firstEphemeralPort: UInt16 = 49152

    /// The client end of capture number `captureIndex`: a locally administered MAC address, `192.0.2.10` from the
    /// documentation range TEST-NET-1, and an ephemeral port derived from the index.
    ///
    /// Indices that differ by less than 16384 get distinct ports, so the captures of one run never share a
    /// connection four-tuple. The same index always gives the same port.
    public static func documentationClient(captureIndex: Int) -> TCPEndpoint {
        let rangeSize = Int(UInt16.max) - Int(firstEphemeralPort) + 1
        let offset = ((captureIndex % rangeSize) + rangeSize) % rangeSize
        return TCPEndpoint(
            macAddress: MACAddress([0x02, 0x00, 0x00, 0x00, 0x00, 0x0A])!,
            ipAddress: IPv4Address(192, 0, 2, 10),
            port: firstEphemeralPort + UInt16(offset)
        )
    }

    /// The server end shared by every capture: a locally administered MAC address, `198.51.100.10` from the
    /// documentation range TEST-NET-2, and port 443, so dissectors decode the payload as TLS without hints.
    public static let documentationServer = TCPEndpoint(
        macAddress: MACAddress([0x02, 0x00, 0x00, 0x00, 0x00, 0x0B])!,
        ipAddress: IPv4Address(198, 51, 100, 10),
        port: 443
    )

    /// The endpoint as `address:port`, such as `192.0.2.10:49152`.
    public var description: String { "\(ipAddress):\(port)" }
}
