import Wire

extension CaptureFile {
    /// The TCP connection this capture holds, with the capture's key log.
    ///
    /// - Parameter verifyingChecksums: Whether a wrong IPv4 or TCP checksum is an error; pass `false` for captures
    ///   taken where checksums are offloaded to the network card.
    /// - Throws: The errors of ``TCPReassembler/reassemble(_:keyLog:)``.
    public func connection(verifyingChecksums: Bool = true) throws(CaptureError) -> ReassembledConnection {
        try TCPReassembler(verifiesChecksums: verifyingChecksums).reassemble(packets, keyLog: keyLog)
    }
}
