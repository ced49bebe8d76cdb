import Wire

extension Direction {
    /// The endpoint that sends in this direction, for error reasons.
    var writerName: String {
        self == .clientToServer ? "client" : "server"
    }
}
