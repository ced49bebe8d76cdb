/// A plain, little-endian-only split of a pcapng file into blocks, for tests to look at what the writer produced.
struct PcapngBlocks {
    struct Block {
        var offset: Int
        var type: UInt32
        var length: Int
        var body: [UInt8]
    }

    var blocks: [Block] = []

    init(_ bytes: [UInt8]) {
        var offset = 0
        while offset + 12 <= bytes.count {
            let type = Self.uint32(bytes, offset)
            let length = Int(Self.uint32(bytes, offset + 4))
            guard length >= 12, offset + length <= bytes.count else {
                break
            }
            blocks.append(
                Block(offset: offset, type: type, length: length, body: Array(bytes[offset + 8..<offset + length - 4])))
            offset += length
        }
    }

    /// The options of a block body from `start`, as code and value.
    static func options(_ body: [UInt8], from start: Int) -> [(code: UInt16, value: [UInt8])] {
        var options: [(code: UInt16, value: [UInt8])] = []
        var offset = start
        while offset + 4 <= body.count {
            let code = uint16(body, offset)
            let length = Int(uint16(body, offset + 2))
            if code == 0 {
                break
            }
            options.append((code, Array(body[offset + 4..<offset + 4 + length])))
            offset += 4 + (length + 3) / 4 * 4
        }
        return options
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
