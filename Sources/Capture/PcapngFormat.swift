/// Constants of the pcapng file format (draft-ietf-opsawg-pcapng) that the writer and the block walker share.
enum PcapngFormat {
    /// Section Header Block; also the first four bytes of every pcapng file.
    static let sectionHeaderBlock: UInt32 = 0x0A0D_0D0A
    /// Interface Description Block.
    static let interfaceDescriptionBlock: UInt32 = 0x0000_0001
    /// Packet Block, obsolete but still readable.
    static let packetBlock: UInt32 = 0x0000_0002
    /// Simple Packet Block.
    static let simplePacketBlock: UInt32 = 0x0000_0003
    /// Enhanced Packet Block.
    static let enhancedPacketBlock: UInt32 = 0x0000_0006
    /// Decryption Secrets Block.
    static let decryptionSecretsBlock: UInt32 = 0x0000_000A
    /// The byte-order magic of a Section Header Block, read in the section's byte order.
    static let byteOrderMagic: UInt32 = 0x1A2B_3C4D
    /// The secrets type of a TLS key log in NSS format: "TLSK".
    static let tlsKeyLogSecrets: UInt32 = 0x544C_534B
    /// The smallest block: type, total length, trailing total length.
    static let minimumBlockLength = 12
    /// The smallest Section Header Block: the block frame, magic, version and section length.
    static let minimumSectionHeaderLength = 28

    /// The option that ends an option list.
    static let optionEnd: UInt16 = 0
    /// A UTF-8 comment, valid in every block.
    static let optionComment: UInt16 = 1
    /// The application that wrote the section, in a Section Header Block.
    static let optionUserApplication: UInt16 = 4
    /// The timestamp resolution of an interface, in an Interface Description Block.
    static let optionTimestampResolution: UInt16 = 9
    /// The longest value an option's 16-bit length field can describe.
    static let maximumOptionLength = Int(UInt16.max)

    /// LINKTYPE_ETHERNET: frames start with an Ethernet II header.
    static let linkTypeEthernet: UInt16 = 1
    /// The `if_tsresol` value for nanoseconds: ten to the minus nine.
    static let nanosecondResolution: UInt8 = 9
}
