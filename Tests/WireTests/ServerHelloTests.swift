import Testing
import Wire

@Suite("ServerHello")
struct ServerHelloTests {
    static let start: [UInt8] = [0x03, 0x03] + Array(repeating: 0x42, count: 32) + [0x00, 0xC0, 0x2F, 0x00]

    /// Found by the records fuzz target: an empty extensions block was re-encoded as no block at all.
    @Test("an empty extensions block and no block each re-encode to themselves")
    func extensionBlockPresenceRoundTrips() throws {
        for body in [Self.start, Self.start + [0x00, 0x00]] {
            let hello = try ServerHello(body: body)
            #expect(hello.extensions.isEmpty)
            #expect(try hello.body() == body)
        }
    }
}
