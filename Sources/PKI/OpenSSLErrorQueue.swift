internal import COpenSSL

/// Reads and empties the calling thread's OpenSSL error queue.
package enum OpenSSLErrorQueue {
    /// Returns every queued error as OpenSSL's one-line text, oldest first, and leaves the queue empty.
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
}
