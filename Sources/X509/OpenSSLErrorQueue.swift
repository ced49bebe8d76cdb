internal import COpenSSL

/// Reads and empties the calling thread's OpenSSL error queue.
package enum OpenSSLErrorQueue {
    /// Returns every queued error as OpenSSL's one-line text, oldest first, and leaves the queue empty.
    ///
    /// Every module that calls OpenSSL reports failures through this, so errors carry OpenSSL's own words.
    package static func drain() -> [String] {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages
    }

    /// The drained queue as one line, or `fallback` when it was empty.
    package static func drainedLine(fallback: String = "no OpenSSL error reported") -> String {
        let messages = drain()
        return messages.isEmpty ? fallback : messages.joined(separator: "; ")
    }
}
