/// The process exit statuses, following BSD's sysexits where one fits.
enum ExitStatus: Int32 {
    /// Everything passed or was accepted.
    case success = 0
    /// A verdict failed, or `verify` rejected the chain.
    case failure = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// An input file was malformed (EX_DATAERR).
    case dataError = 65
    /// An input file could not be opened (EX_NOINPUT).
    case noInput = 66
    /// Something inside the tool failed (EX_SOFTWARE).
    case software = 70
    /// An output file could not be written (EX_CANTCREAT).
    case cannotCreate = 73
}
