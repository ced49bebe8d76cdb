internal import COpenSSL

/// A certificate verification error as OpenSSL reports it (`X509_V_ERR_*`), named without its prefix.
public struct VerificationError: Sendable, Hashable, CustomStringConvertible {
    /// OpenSSL's `X509_V_ERR_*` value.
    public let code: Int32

    /// Creates a verification error from OpenSSL's code.
    public init(code: Int32) {
        self.code = code
    }

    private static let names: [Int32: String] = [
        X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT: "UNABLE_TO_GET_ISSUER_CERT",
        X509_V_ERR_UNABLE_TO_GET_CRL: "UNABLE_TO_GET_CRL",
        X509_V_ERR_CERT_SIGNATURE_FAILURE: "CERT_SIGNATURE_FAILURE",
        X509_V_ERR_CRL_SIGNATURE_FAILURE: "CRL_SIGNATURE_FAILURE",
        X509_V_ERR_CERT_NOT_YET_VALID: "CERT_NOT_YET_VALID",
        X509_V_ERR_CERT_HAS_EXPIRED: "CERT_HAS_EXPIRED",
        X509_V_ERR_CRL_NOT_YET_VALID: "CRL_NOT_YET_VALID",
        X509_V_ERR_CRL_HAS_EXPIRED: "CRL_HAS_EXPIRED",
        X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: "DEPTH_ZERO_SELF_SIGNED_CERT",
        X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: "SELF_SIGNED_CERT_IN_CHAIN",
        X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
        X509_V_ERR_CERT_CHAIN_TOO_LONG: "CERT_CHAIN_TOO_LONG",
        X509_V_ERR_CERT_REVOKED: "CERT_REVOKED",
        X509_V_ERR_INVALID_CA: "INVALID_CA",
        X509_V_ERR_PATH_LENGTH_EXCEEDED: "PATH_LENGTH_EXCEEDED",
        X509_V_ERR_INVALID_PURPOSE: "INVALID_PURPOSE",
        X509_V_ERR_CERT_UNTRUSTED: "CERT_UNTRUSTED",
        X509_V_ERR_CERT_REJECTED: "CERT_REJECTED",
        X509_V_ERR_AKID_SKID_MISMATCH: "AKID_SKID_MISMATCH",
        X509_V_ERR_KEYUSAGE_NO_CERTSIGN: "KEYUSAGE_NO_CERTSIGN",
        X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER: "UNABLE_TO_GET_CRL_ISSUER",
        X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION: "UNHANDLED_CRITICAL_EXTENSION",
        X509_V_ERR_KEYUSAGE_NO_CRL_SIGN: "KEYUSAGE_NO_CRL_SIGN",
        X509_V_ERR_INVALID_NON_CA: "INVALID_NON_CA",
        X509_V_ERR_INVALID_EXTENSION: "INVALID_EXTENSION",
        X509_V_ERR_APPLICATION_VERIFICATION: "APPLICATION_VERIFICATION",
        X509_V_ERR_HOSTNAME_MISMATCH: "HOSTNAME_MISMATCH",
        X509_V_ERR_EMAIL_MISMATCH: "EMAIL_MISMATCH",
        X509_V_ERR_IP_ADDRESS_MISMATCH: "IP_ADDRESS_MISMATCH",
        X509_V_ERR_EE_KEY_TOO_SMALL: "EE_KEY_TOO_SMALL",
        X509_V_ERR_CA_KEY_TOO_SMALL: "CA_KEY_TOO_SMALL",
        X509_V_ERR_CA_MD_TOO_WEAK: "CA_MD_TOO_WEAK",
        X509_V_ERR_NO_VALID_SCTS: "NO_VALID_SCTS",
        X509_V_ERR_UNSUPPORTED_SIGNATURE_ALGORITHM: "UNSUPPORTED_SIGNATURE_ALGORITHM",
        X509_V_ERR_SIGNATURE_ALGORITHM_MISMATCH: "SIGNATURE_ALGORITHM_MISMATCH",
        X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY: "SIGNATURE_ALGORITHM_INCONSISTENCY",
        X509_V_ERR_PATHLEN_INVALID_FOR_NON_CA: "PATHLEN_INVALID_FOR_NON_CA",
        X509_V_ERR_PATHLEN_WITHOUT_KU_KEY_CERT_SIGN: "PATHLEN_WITHOUT_KU_KEY_CERT_SIGN",
        X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA: "KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA",
        X509_V_ERR_ISSUER_NAME_EMPTY: "ISSUER_NAME_EMPTY",
        X509_V_ERR_SUBJECT_NAME_EMPTY: "SUBJECT_NAME_EMPTY",
        X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER: "MISSING_AUTHORITY_KEY_IDENTIFIER",
        X509_V_ERR_MISSING_SUBJECT_KEY_IDENTIFIER: "MISSING_SUBJECT_KEY_IDENTIFIER",
        X509_V_ERR_EMPTY_SUBJECT_ALT_NAME: "EMPTY_SUBJECT_ALT_NAME",
        X509_V_ERR_EMPTY_SUBJECT_SAN_NOT_CRITICAL: "EMPTY_SUBJECT_SAN_NOT_CRITICAL",
        X509_V_ERR_CA_BCONS_NOT_CRITICAL: "CA_BCONS_NOT_CRITICAL",
        X509_V_ERR_AUTHORITY_KEY_IDENTIFIER_CRITICAL: "AUTHORITY_KEY_IDENTIFIER_CRITICAL",
        X509_V_ERR_SUBJECT_KEY_IDENTIFIER_CRITICAL: "SUBJECT_KEY_IDENTIFIER_CRITICAL",
        X509_V_ERR_CA_CERT_MISSING_KEY_USAGE: "CA_CERT_MISSING_KEY_USAGE",
        X509_V_ERR_EXTENSIONS_REQUIRE_VERSION_3: "EXTENSIONS_REQUIRE_VERSION_3",
        X509_V_ERR_EC_KEY_EXPLICIT_PARAMS: "EC_KEY_EXPLICIT_PARAMS",
    ]

    /// The name without the `X509_V_ERR_` prefix, such as `CERT_HAS_EXPIRED`.
    public var name: String { Self.names[code] ?? "X509_V_ERR_\(code)" }

    /// OpenSSL's sentence for the error.
    public var explanation: String { String(cString: X509_verify_cert_error_string(Int(code))) }

    /// Finds an error by its name without prefix.
    public init?(name: String) {
        guard let code = Self.names.first(where: { $0.value == name })?.key else { return nil }
        self.code = code
    }

    /// OpenSSL's `X509_V_ERR_CERT_HAS_EXPIRED`.
    public static let certificateHasExpired = VerificationError(code: X509_V_ERR_CERT_HAS_EXPIRED)
    /// OpenSSL's `X509_V_ERR_CERT_NOT_YET_VALID`.
    public static let certificateNotYetValid = VerificationError(code: X509_V_ERR_CERT_NOT_YET_VALID)
    /// OpenSSL's `X509_V_ERR_CERT_REVOKED`.
    public static let certificateRevoked = VerificationError(code: X509_V_ERR_CERT_REVOKED)
    /// OpenSSL's `X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY`.
    public static let unableToGetIssuerLocally = VerificationError(code: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
    /// OpenSSL's `X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN`.
    public static let selfSignedInChain = VerificationError(code: X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)
    /// OpenSSL's `X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT`.
    public static let depthZeroSelfSigned = VerificationError(code: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)
    /// OpenSSL's `X509_V_ERR_INVALID_PURPOSE`.
    public static let invalidPurpose = VerificationError(code: X509_V_ERR_INVALID_PURPOSE)
    /// OpenSSL's `X509_V_ERR_HOSTNAME_MISMATCH`.
    public static let hostnameMismatch = VerificationError(code: X509_V_ERR_HOSTNAME_MISMATCH)
    /// OpenSSL's `X509_V_ERR_EE_KEY_TOO_SMALL`.
    public static let endEntityKeyTooSmall = VerificationError(code: X509_V_ERR_EE_KEY_TOO_SMALL)
    /// OpenSSL's `X509_V_ERR_CA_MD_TOO_WEAK`.
    public static let caDigestTooWeak = VerificationError(code: X509_V_ERR_CA_MD_TOO_WEAK)
    /// OpenSSL's `X509_V_ERR_CRL_HAS_EXPIRED`.
    public static let crlHasExpired = VerificationError(code: X509_V_ERR_CRL_HAS_EXPIRED)
    /// OpenSSL's `X509_V_ERR_UNABLE_TO_GET_CRL`.
    public static let unableToGetCRL = VerificationError(code: X509_V_ERR_UNABLE_TO_GET_CRL)
    /// OpenSSL's `X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA`.
    public static let keyCertSignForNonCA = VerificationError(code: X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA)
    /// Set by this project when a policy rule refuses a chain that OpenSSL accepted.
    public static let rejectedByPolicy = VerificationError(code: X509_V_ERR_CERT_REJECTED)

    /// The text shown to people.
    public var description: String { name }
}
