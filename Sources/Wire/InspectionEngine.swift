/// The state machine behind ``HandshakeInspection``: reads both directions of a transcript in the order the
/// bytes were written, follows the negotiation, and installs TLS 1.3 record keys as each side changes them.
///
/// Key changes follow RFC 8446 §7: both sides switch to handshake traffic keys after a ServerHello that selects
/// TLS 1.3 (not a HelloRetryRequest), and each side switches to its application traffic keys after its own
/// Finished, and to the next generation after its own KeyUpdate.
struct InspectionEngine {
    /// Where one direction's records stand.
    private struct Side {
        var records = RecordReader()
        var messages = HandshakeReassembler()
        /// Set after a malformed record: a byte stream cannot be resynchronised.
        var stopped = false
        /// Set after a TLS 1.2 ChangeCipherSpec: everything after is protected by keys not derived here.
        var protectedByTLS12 = false
        /// The TLS 1.3 key phase; `nil` before keys are in use.
        var phase: Phase?
        var secret: [UInt8]?
        var protection: RecordProtection?
        var missingKeysReason = ""
    }

    private enum Phase { case handshake, application }

    private let keyLog: KeyLog
    private var client = Side()
    private var server = Side()
    private(set) var events: [InspectionEvent] = []
    private(set) var version: ProtocolVersion?
    private(set) var cipherSuite: CipherSuite?
    private(set) var clientRandom: [UInt8]?
    /// The first error that stopped a direction.
    private(set) var firstError: WireError?

    init(keyLog: KeyLog) {
        self.keyLog = keyLog
    }

    private subscript(direction: Direction) -> Side {
        get { direction == .clientToServer ? client : server }
        set {
            if direction == .clientToServer { client = newValue } else { server = newValue }
        }
    }

    /// Reads one write: appends its bytes to its direction and handles every record they complete.
    mutating func feed(_ write: Transcript.Write) {
        let direction = write.direction
        guard !self[direction].stopped else { return }
        self[direction].records.append(write.bytes)
        while !self[direction].stopped {
            var offset = self[direction].records.offset
            do {
                guard let (recordOffset, record) = try self[direction].records.next() else { return }
                offset = recordOffset
                try handle(record, from: direction, at: offset)
            } catch let error as WireError {
                stop(direction, at: offset, error)
            } catch {
                stop(direction, at: offset, WireError(.malformed, "\(error)"))
            }
        }
    }

    /// Reports bytes left over at the end of each direction.
    mutating func finish() {
        for direction in Direction.allCases where !self[direction].stopped {
            let side = self[direction]
            if side.records.bufferedByteCount > 0 {
                append(
                    direction, side.records.offset, nil, false, .truncated(byteCount: side.records.bufferedByteCount))
            } else if side.messages.hasPartialMessage {
                let type: ContentType = side.phase == nil ? .handshake : .applicationData
                append(direction, side.records.offset, type, side.phase != nil, .truncated(byteCount: 0))
            }
        }
    }

    private mutating func stop(_ direction: Direction, at offset: Int, _ error: WireError) {
        self[direction].stopped = true
        if firstError == nil { firstError = error }
        append(direction, offset, nil, false, .malformed(error))
    }

    private mutating func append(
        _ direction: Direction, _ offset: Int, _ type: ContentType?, _ decrypted: Bool,
        _ content: InspectionEvent.Content
    ) {
        events.append(
            InspectionEvent(
                direction: direction, offset: offset, recordType: type, decrypted: decrypted, content: content))
    }

    private var isTLS13: Bool { (version ?? .tls12) >= .tls13 }

    private mutating func handle(_ record: TLSRecord, from direction: Direction, at offset: Int) throws {
        let side = self[direction]
        let type = record.contentType
        let count = record.fragment.count
        if type != .applicationData, !side.protectedByTLS12, count > TLSRecord.maximumPlaintextLength {
            throw WireError(.oversizedRecord, "plaintext \(type) record of \(count) bytes exceeds 2^14", offset: offset)
        }
        if side.protectedByTLS12, type != .changeCipherSpec {
            let reason = "protected by TLS 1.2 record keys, which this inspection does not derive"
            append(direction, offset, type, false, .encrypted(byteCount: count, reason: reason))
            return
        }
        switch type {
        case .changeCipherSpec:
            guard record.fragment == [1] else {
                throw WireError(.malformed, "ChangeCipherSpec is not [1]", offset: offset)
            }
            append(direction, offset, type, false, .changeCipherSpec)
            if !isTLS13, version != nil { self[direction].protectedByTLS12 = true }
        case .alert:
            append(direction, offset, type, false, .alert(try Alert(fragment: record.fragment)))
        case .handshake:
            try handshakeBytes(record.fragment, from: direction, at: offset, recordType: type, decrypted: false)
        case .applicationData:
            try protectedRecord(record, from: direction, at: offset)
        default:
            append(direction, offset, type, false, .heartbeat(byteCount: count))
        }
    }

    private mutating func protectedRecord(_ record: TLSRecord, from direction: Direction, at offset: Int) throws {
        let count = record.fragment.count
        guard isTLS13, let phase = self[direction].phase else {
            let content: InspectionEvent.Content =
                version == nil
                ? .encrypted(byteCount: count, reason: "sent before any ServerHello, so under no known keys")
                : .applicationData(byteCount: count)
            append(direction, offset, .applicationData, false, content)
            return
        }
        guard let protection = self[direction].protection else {
            let reason = self[direction].missingKeysReason
            append(direction, offset, .applicationData, false, .encrypted(byteCount: count, reason: reason))
            return
        }
        let opened: (type: ContentType, content: [UInt8])
        do {
            opened = try protection.open(record)
        } catch let error as WireError where error.code == .decryptionFailed {
            let reason = "does not authenticate under the \(phase == .handshake ? "handshake" : "application") keys"
            append(direction, offset, .applicationData, false, .encrypted(byteCount: count, reason: reason))
            return
        }
        switch opened.type {
        case .alert:
            append(direction, offset, .applicationData, true, .alert(try Alert(fragment: opened.content)))
        case .handshake:
            guard !opened.content.isEmpty else { throw WireError(.malformed, "empty protected handshake record") }
            try handshakeBytes(
                opened.content, from: direction, at: offset, recordType: .applicationData, decrypted: true)
        case .applicationData:
            append(direction, offset, .applicationData, true, .applicationData(byteCount: opened.content.count))
        default:
            append(direction, offset, .applicationData, true, .heartbeat(byteCount: opened.content.count))
        }
    }

    private mutating func handshakeBytes(
        _ bytes: [UInt8], from direction: Direction, at offset: Int, recordType: ContentType, decrypted: Bool
    ) throws {
        self[direction].messages.append(bytes)
        while let raw = try self[direction].messages.next() {
            let message = try HandshakeMessage(raw, version: version ?? .tls12, cipherSuite: cipherSuite)
            append(direction, offset, recordType, decrypted, .handshake(message))
            try observe(message, from: direction, at: offset)
        }
    }

    /// Follows the negotiation and changes keys where RFC 8446 says they change.
    private mutating func observe(_ message: HandshakeMessage, from direction: Direction, at offset: Int) throws {
        switch message {
        case .clientHello(let hello) where direction == .clientToServer:
            if clientRandom == nil { clientRandom = hello.random }
        case .serverHello(let hello) where direction == .serverToClient:
            version = hello.negotiatedVersion
            cipherSuite = hello.cipherSuite
            guard !hello.isHelloRetryRequest, hello.negotiatedVersion >= .tls13 else { return }
            try changeKeys(.clientToServer, to: .handshake, label: KeyLog.clientHandshakeTrafficSecret, at: offset)
            try changeKeys(.serverToClient, to: .handshake, label: KeyLog.serverHandshakeTrafficSecret, at: offset)
        case .finished where self[direction].phase == .handshake:
            let label =
                direction == .clientToServer
                ? KeyLog.clientApplicationTrafficSecret : KeyLog.serverApplicationTrafficSecret
            try changeKeys(direction, to: .application, label: label, at: offset)
        case .keyUpdate where self[direction].phase == .application:
            try nextGeneration(direction, at: offset)
        default:
            return
        }
    }

    private mutating func changeKeys(_ direction: Direction, to phase: Phase, label: String, at offset: Int) throws {
        try checkKeyChangeBoundary(direction, at: offset)
        self[direction].phase = phase
        self[direction].protection = nil
        self[direction].secret = nil
        guard let clientRandom else {
            self[direction].missingKeysReason = "no ClientHello random to look the secrets up by"
            return
        }
        guard let secret = keyLog.secret(label, clientRandom: clientRandom) else {
            self[direction].missingKeysReason = "no \(label) in the key log"
            return
        }
        install(secret, for: direction)
    }

    private mutating func nextGeneration(_ direction: Direction, at offset: Int) throws {
        try checkKeyChangeBoundary(direction, at: offset)
        guard let secret = self[direction].secret, let cipherSuite else { return }
        do {
            install(try TrafficKeys.nextSecret(after: secret, cipherSuite: cipherSuite), for: direction)
        } catch let error as WireError {
            self[direction].protection = nil
            self[direction].missingKeysReason = error.reason
        }
    }

    private mutating func install(_ secret: [UInt8], for direction: Direction) {
        guard let cipherSuite else { return }
        do {
            self[direction].protection = try RecordProtection(secret: secret, cipherSuite: cipherSuite)
            self[direction].secret = secret
        } catch let error as WireError {
            self[direction].protection = nil
            self[direction].missingKeysReason = error.reason
        } catch {
            self[direction].missingKeysReason = "\(error)"
        }
    }

    /// RFC 8446 §5.1: a handshake message may not span a key change.
    private func checkKeyChangeBoundary(_ direction: Direction, at offset: Int) throws {
        guard !self[direction].messages.hasPartialMessage else {
            throw WireError(.malformed, "a handshake message spans a key change", offset: offset)
        }
    }
}
