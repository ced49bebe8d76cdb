/// A strict reader of the block structure of a pcapng file, for what libpcap does not hand out: the Decryption
/// Secrets Block and the section's comment and application.
///
/// Every block length is checked against the bytes at hand before anything inside the block is read, and every
/// option against its block, so garbage produces an error and never a trap or an out-of-bounds read. The walker
/// also counts packet blocks and collects interface link types, so the reader can check libpcap's view against it.
struct PcapngBlockWalker {
    /// What the walk found in the file.
    struct Contents {
        /// The link type of every Interface Description Block, across all sections, in file order.
        var linkTypes: [UInt16] = []
        /// The number of Enhanced, Simple and obsolete Packet Blocks.
        var packetCount = 0
        /// The lines of every TLS key log secret, in file order, without line ends or empty lines.
        var keyLog: [String] = []
        /// The first section's `shb_userappl` option.
        var application: String?
        /// The first section's `opt_comment` option.
        var comment: String?
    }

    /// The file's bytes.
    let bytes: [UInt8]
    /// The file's name, which starts every error reason.
    let name: String

    /// Walks every block of the file.
    ///
    /// - Throws: ``CaptureError/Code/truncatedCapture`` when the file ends inside a block, and
    ///   ``CaptureError/Code/malformedCapture`` for an inconsistent block, option or secret.
    func walk() throws(CaptureError) -> Contents {
        var contents = Contents()
        var reader = ByteReader(bytes, littleEndian: true)
        var interfaceCount = 0
        var sectionCount = 0
        var offset = 0
        while offset < bytes.count {
            // The block frame: type and length in the section's byte order, the same length again at the end.
            guard let type = reader.uint32(at: offset), reader.uint32(at: offset + 4) != nil else {
                throw truncated("inside the header of the block at offset \(offset)")
            }
            if type == PcapngFormat.sectionHeaderBlock {
                reader.littleEndian = try byteOrder(ofSectionAt: offset)
            } else if sectionCount == 0 {
                throw CaptureError(.notACapture, "\(name): does not start with a pcapng Section Header Block")
            }
            let length = Int(reader.uint32(at: offset + 4)!)
            guard length >= PcapngFormat.minimumBlockLength, length % 4 == 0 else {
                throw malformed("block at offset \(offset) declares length \(length), not a multiple of 4 from 12")
            }
            guard length <= bytes.count - offset else {
                throw truncated("inside the \(length)-byte block at offset \(offset)")
            }
            guard reader.uint32(at: offset + length - 4) == UInt32(length) else {
                throw malformed("block at offset \(offset) ends with a length that differs from its start")
            }
            let body = BlockBody(reader: reader, start: offset + 8, end: offset + length - 4, blockOffset: offset)

            // The block's content.
            switch type {
            case PcapngFormat.sectionHeaderBlock:
                let options = try sectionOptions(body)
                if sectionCount == 0 {
                    contents.comment = options.comment
                    contents.application = options.application
                }
                sectionCount += 1
                interfaceCount = 0
            case PcapngFormat.interfaceDescriptionBlock:
                guard let linkType = body.uint16(at: 0), body.count >= 8 else {
                    throw malformed("interface block at offset \(offset) is shorter than 8 bytes")
                }
                _ = try options(of: body, from: 8)
                contents.linkTypes.append(linkType)
                interfaceCount += 1
            case PcapngFormat.enhancedPacketBlock, PcapngFormat.packetBlock:
                try checkPacket(body, enhanced: type == PcapngFormat.enhancedPacketBlock, interfaces: interfaceCount)
                contents.packetCount += 1
            case PcapngFormat.simplePacketBlock:
                guard interfaceCount > 0, body.count >= 4 else {
                    throw malformed("simple packet block at offset \(offset) has no interface or no length")
                }
                contents.packetCount += 1
            case PcapngFormat.decryptionSecretsBlock:
                contents.keyLog += try keyLogLines(body)
            default:
                break
            }
            offset += length
        }

        // libpcap needs an interface; a file without one stops where a writer's first packet would begin.
        guard !contents.linkTypes.isEmpty else {
            throw truncated("before any Interface Description Block")
        }
        return contents
    }

    /// Whether the section starting at `offset` is little-endian, from its byte-order magic.
    private func byteOrder(ofSectionAt offset: Int) throws(CaptureError) -> Bool {
        guard let magic = ByteReader(bytes, littleEndian: true).uint32(at: offset + 8) else {
            throw truncated("inside the section header at offset \(offset)")
        }
        switch magic {
        case PcapngFormat.byteOrderMagic:
            return true
        case PcapngFormat.byteOrderMagic.byteSwapped:
            return false
        default:
            throw malformed("section header at offset \(offset) has no valid byte-order magic")
        }
    }

    /// The comment and application of a section header, after checking its version.
    private func sectionOptions(_ body: BlockBody) throws(CaptureError) -> (comment: String?, application: String?) {
        let headerLength = PcapngFormat.minimumSectionHeaderLength - PcapngFormat.minimumBlockLength
        guard body.count >= headerLength, let major = body.uint16(at: 4) else {
            throw malformed("section header at offset \(body.blockOffset) is shorter than 28 bytes")
        }
        guard major == 1 else {
            throw malformed("section header at offset \(body.blockOffset) has unsupported major version \(major)")
        }
        var comment: String?
        var application: String?
        for (code, value) in try options(of: body, from: headerLength) {
            if code == PcapngFormat.optionComment, comment == nil {
                comment = String(decoding: value, as: UTF8.self)
            } else if code == PcapngFormat.optionUserApplication, application == nil {
                application = String(decoding: value, as: UTF8.self)
            }
        }
        return (comment, application)
    }

    /// Checks that a packet block names a known interface and that its captured bytes fit inside it.
    private func checkPacket(_ body: BlockBody, enhanced: Bool, interfaces: Int) throws(CaptureError) {
        let interface = enhanced ? body.uint32(at: 0).map(Int.init) : body.uint16(at: 0).map(Int.init)
        guard let interface, let capturedLength = body.uint32(at: 12), body.count >= 20 else {
            throw malformed("packet block at offset \(body.blockOffset) is shorter than 20 bytes")
        }
        guard interface < interfaces else {
            throw malformed("packet block at offset \(body.blockOffset) names undeclared interface \(interface)")
        }
        guard Int(capturedLength) <= body.count - 20 else {
            throw malformed("packet block at offset \(body.blockOffset) claims \(capturedLength) captured bytes")
        }
    }

    /// The lines of a Decryption Secrets Block holding a TLS key log; other kinds of secret give no lines.
    private func keyLogLines(_ body: BlockBody) throws(CaptureError) -> [String] {
        guard let secretsType = body.uint32(at: 0), let length = body.uint32(at: 4) else {
            throw malformed("secrets block at offset \(body.blockOffset) is shorter than 8 bytes")
        }
        guard let secrets = body.slice(at: 8, count: Int(length)) else {
            throw malformed("secrets block at offset \(body.blockOffset) claims \(length) bytes of secrets")
        }
        guard secretsType == PcapngFormat.tlsKeyLogSecrets else {
            return []
        }
        guard let text = String(validating: secrets, as: UTF8.self) else {
            throw malformed("TLS key log at offset \(body.blockOffset) is not UTF-8 text")
        }
        return text.split(separator: "\n").map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            .filter { !$0.isEmpty }
    }

    /// The options of a block body from `start` to the end-of-options option or the end of the body.
    private func options(of body: BlockBody, from start: Int) throws(CaptureError) -> [(UInt16, [UInt8])] {
        var options: [(UInt16, [UInt8])] = []
        var offset = start
        while offset < body.count {
            guard let code = body.uint16(at: offset), let length = body.uint16(at: offset + 2).map(Int.init) else {
                throw malformed("block at offset \(body.blockOffset) ends inside an option header")
            }
            if code == PcapngFormat.optionEnd {
                break
            }
            let padded = (length + 3) & ~3
            guard let value = body.slice(at: offset + 4, count: length), padded <= body.count - offset - 4 else {
                throw malformed("block at offset \(body.blockOffset) has an option longer than the block")
            }
            options.append((code, Array(value)))
            offset += 4 + padded
        }
        return options
    }

    private func truncated(_ where: String) -> CaptureError {
        CaptureError(.truncatedCapture, "\(name): file ends \(`where`)")
    }

    private func malformed(_ what: String) -> CaptureError {
        CaptureError(.malformedCapture, "\(name): \(what)")
    }
}

/// The body of one block: reads relative to its start that never leave it.
private struct BlockBody {
    let reader: ByteReader
    let start: Int
    let end: Int
    /// Where the whole block starts in the file, for error reasons.
    let blockOffset: Int

    var count: Int { end - start }

    func uint16(at offset: Int) -> UInt16? {
        offset >= 0 && offset + 2 <= count ? reader.uint16(at: start + offset) : nil
    }

    func uint32(at offset: Int) -> UInt32? {
        offset >= 0 && offset + 4 <= count ? reader.uint32(at: start + offset) : nil
    }

    func slice(at offset: Int, count length: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, length >= 0, offset <= count, length <= count - offset else {
            return nil
        }
        return reader.slice(at: start + offset, count: length)
    }
}
