import Testing
import Wire

/// A small deterministic generator, so that every run feeds the same garbage.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite struct GarbageInputTests {
    private func transcript(_ writes: [(Direction, [UInt8])], keyLog: [String] = []) -> Transcript {
        Transcript(
            openedAt: 0, writes: writes.map { .init(direction: $0.0, timestamp: 0, bytes: $0.1) }, keyLog: keyLog)
    }

    @Test func emptyTranscriptIsNotTLS() {
        #expect(throws: WireError(.notTLS, "")) { try HandshakeInspection(transcript: Transcript(openedAt: 0)) }
    }

    @Test func plainHTTPIsNotTLSWithAOneLineReason() {
        let http = Array("GET / HTTP/1.1\r\nHost: example\r\n\r\n".utf8)
        do {
            _ = try HandshakeInspection(transcript: transcript([(.clientToServer, http)]))
            Issue.record("HTTP was inspected as TLS")
        } catch let error as WireError {
            #expect(error.code == .notTLS)
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func randomBytesNeverTrapAndNeverInspectAsAHandshake() {
        var generator = SplitMix64(state: 1)
        for round in 0..<500 {
            let count = Int.random(in: 1...300, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if round % 2 == 0 { bytes[0] = 22 }
            let result = Result { try HandshakeInspection(transcript: transcript([(.clientToServer, bytes)])) }
            if case .success(let inspection) = result {
                #expect(!inspection.events.contains { $0.handshakeMessage != nil }, "round \(round)")
            }
        }
    }

    @Test func mutatedRFC8448ConnectionNeverTraps() throws {
        let original = HandshakeInspectionTests.rfc8448Transcript()
        var generator = SplitMix64(state: 7)
        for _ in 0..<300 {
            var mutated = original
            let write = Int.random(in: 0..<mutated.writes.count, using: &generator)
            var bytes = mutated.writes[write].bytes
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(
                    in: 1...255, using: &generator)
            case 1:
                bytes.removeLast(Int.random(in: 1...bytes.count, using: &generator) - 1)
            default:
                bytes.insert(
                    UInt8.random(in: 0...255, using: &generator), at: Int.random(in: 0..<bytes.count, using: &generator)
                )
            }
            mutated.writes[write].bytes = bytes
            _ = try? HandshakeInspection(transcript: mutated)
        }
    }

    @Test func flightCutInsideARecordEndsWithATruncatedEvent() throws {
        let cut = Array((RFC8448.serverHelloRecord + RFC8448.serverFlightRecord).dropLast(100))
        let inspection = try HandshakeInspection(
            transcript: transcript([(.clientToServer, RFC8448.clientHelloRecord), (.serverToClient, cut)]))
        guard case .truncated(let count) = inspection.events.last?.content else {
            Issue.record("no truncated event at the end")
            return
        }
        #expect(count == 679 - 100)
    }

    @Test func onlyAPartialRecordIsTruncated() {
        #expect(throws: WireError(.truncated, "")) {
            try HandshakeInspection(
                transcript: transcript([(.clientToServer, Array(RFC8448.clientHelloRecord.prefix(40)))]))
        }
    }

    @Test func handshakeLengthShorterThanItsFieldsIsRefused() {
        var record = RFC8448.clientHelloRecord
        record[8] = 0x10
        #expect(throws: WireError(.truncated, "")) {
            try HandshakeInspection(transcript: transcript([(.clientToServer, record)]))
        }
    }

    @Test func garbageAfterAValidHandshakeIsReportedNotThrown() throws {
        let inspection = try HandshakeInspection(
            transcript: transcript([
                (.clientToServer, RFC8448.clientHelloRecord),
                (.serverToClient, [0x47, 0x45, 0x54, 0x20, 0x2F, 0x20]),
            ]))
        #expect(inspection.events.first?.handshakeMessage?.type == .clientHello)
        guard case .malformed(let error) = inspection.events.last?.content else {
            Issue.record("no malformed event")
            return
        }
        #expect(error.code == .notTLS)
        #expect(inspection.events.last?.direction == .serverToClient)
    }

    @Test func alertOfWrongLengthIsMalformed() throws {
        let inspection = try HandshakeInspection(
            transcript: transcript([
                (.clientToServer, RFC8448.clientHelloRecord), (.serverToClient, [21, 3, 3, 0, 3, 2, 40, 0]),
            ]))
        guard case .malformed(let error) = inspection.events.last?.content else {
            Issue.record("no malformed event")
            return
        }
        #expect(error.code == .malformed)
    }
}
