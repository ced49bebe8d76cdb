import Foundation
import Policy
import Wire

/// Connects a client and a server through memory and runs their handshake to the end, recording every write.
///
/// There are no sockets, sleeps or threads: each round lets the client and then the server do all they can
/// with what they have received, and hands each one's output to the other. A handshake that makes no progress
/// for a round, or that is still running after ``stepBound`` rounds, is cut and reported as stalled.
public struct InProcessConnection {
    /// The most rounds a handshake may take. A full TLS handshake takes fewer than ten.
    public var stepBound: Int

    /// Creates a connection driver.
    public init(stepBound: Int = 64) {
        self.stepBound = stepBound
    }

    /// Runs the handshake and an orderly close when it completed.
    ///
    /// - Parameters:
    ///   - client: The client participant.
    ///   - server: The server participant.
    ///   - clock: Returns the current time in nanoseconds since the Unix epoch; injected so that tests can
    ///     fix it.
    public func run(
        client: any HandshakeParticipant, server: any HandshakeParticipant,
        clock: () -> UInt64 = InProcessConnection.wallClock
    ) -> HandshakeOutcome {
        var transcript = Transcript(openedAt: clock())
        var steps = 0
        var result = HandshakeOutcome.Result.stalled
        while steps < stepBound {
            steps += 1
            var progressed = false
            for (writer, reader, direction) in [
                (client, server, Direction.clientToServer), (server, client, Direction.serverToClient),
            ] {
                writer.advance()
                let bytes = writer.takeOutput()
                if !bytes.isEmpty {
                    transcript.writes.append(.init(direction: direction, timestamp: clock(), bytes: bytes))
                    reader.receive(bytes)
                    progressed = true
                }
            }
            if client.hasFailed || server.hasFailed {
                // Let the other side read the alert that ended it, then stop.
                client.advance()
                server.advance()
                result = .refused
                break
            }
            if client.isComplete && server.isComplete && !progressed {
                result = .completed
                break
            }
            if !progressed {
                break
            }
        }
        close(&transcript, result: result, client: client, server: server, clock: clock)
        transcript.keyLog = Self.merge(client.keyLog, server.keyLog)
        return HandshakeOutcome(
            result: result, client: client.report, server: server.report, transcript: transcript, steps: steps
        )
    }

    private func close(
        _ transcript: inout Transcript, result: HandshakeOutcome.Result, client: any HandshakeParticipant,
        server: any HandshakeParticipant, clock: () -> UInt64
    ) {
        switch result {
        case .completed:
            // Both send close_notify, then the client closes first as a client normally does.
            for (participant, direction) in [(client, Direction.clientToServer), (server, .serverToClient)] {
                participant.close()
                let bytes = participant.takeOutput()
                if !bytes.isEmpty {
                    transcript.writes.append(.init(direction: direction, timestamp: clock(), bytes: bytes))
                }
            }
            transcript.closes.append(.init(direction: .clientToServer, kind: .fin, timestamp: clock()))
            transcript.closes.append(.init(direction: .serverToClient, kind: .fin, timestamp: clock()))
        case .refused:
            // Flush anything the failing side still had to say, then it closes and the peer follows.
            let first: Direction = client.hasFailed ? .clientToServer : .serverToClient
            for (participant, direction) in [(client, Direction.clientToServer), (server, .serverToClient)] {
                let bytes = participant.takeOutput()
                if !bytes.isEmpty {
                    transcript.writes.append(.init(direction: direction, timestamp: clock(), bytes: bytes))
                }
            }
            transcript.closes.append(.init(direction: first, kind: .fin, timestamp: clock()))
            transcript.closes.append(.init(direction: first.reversed, kind: .fin, timestamp: clock()))
        case .stalled:
            transcript.closes.append(.init(direction: .clientToServer, kind: .reset, timestamp: clock()))
        }
    }

    /// Both sides log the same secrets; keep each line once, in the order first seen.
    private static func merge(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set<String>()
        return (first + second).filter { seen.insert($0).inserted }
    }

    /// The system clock in nanoseconds since the Unix epoch.
    public static func wallClock() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
