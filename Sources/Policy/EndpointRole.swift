/// Which end of a TLS connection an endpoint is.
public enum EndpointRole: String, Sendable, Hashable, Codable, CaseIterable {
    case client
    case server

    /// The other end.
    public var peer: EndpointRole { self == .client ? .server : .client }
}
