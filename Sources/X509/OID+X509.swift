public import DER

extension OID {
    // Name attributes (RFC 5280 appendix A, RFC 4519).

    /// commonName, `CN` (2.5.4.3).
    public static let commonName: OID = [2, 5, 4, 3]
    /// surname, `SN` (2.5.4.4).
    public static let surname: OID = [2, 5, 4, 4]
    /// serialNumber attribute of a name (2.5.4.5).
    public static let serialNumberAttribute: OID = [2, 5, 4, 5]
    /// countryName, `C` (2.5.4.6).
    public static let countryName: OID = [2, 5, 4, 6]
    /// localityName, `L` (2.5.4.7).
    public static let localityName: OID = [2, 5, 4, 7]
    /// stateOrProvinceName, `ST` (2.5.4.8).
    public static let stateOrProvinceName: OID = [2, 5, 4, 8]
    /// streetAddress, `STREET` (2.5.4.9).
    public static let streetAddress: OID = [2, 5, 4, 9]
    /// organizationName, `O` (2.5.4.10).
    public static let organizationName: OID = [2, 5, 4, 10]
    /// organizationalUnitName, `OU` (2.5.4.11).
    public static let organizationalUnitName: OID = [2, 5, 4, 11]
    /// domainComponent, `DC` (0.9.2342.19200300.100.1.25).
    public static let domainComponent: OID = [0, 9, 2342, 19_200_300, 100, 1, 25]
    /// userId, `UID` (0.9.2342.19200300.100.1.1).
    public static let userID: OID = [0, 9, 2342, 19_200_300, 100, 1, 1]
    /// emailAddress, deprecated in names but still common (1.2.840.113549.1.9.1).
    public static let emailAddress: OID = [1, 2, 840, 113_549, 1, 9, 1]

    // Public key algorithms.

    /// rsaEncryption (1.2.840.113549.1.1.1).
    public static let rsaEncryption: OID = [1, 2, 840, 113_549, 1, 1, 1]
    /// id-RSASSA-PSS, an RSA key restricted to PSS signatures (1.2.840.113549.1.1.10).
    public static let rsassaPSS: OID = [1, 2, 840, 113_549, 1, 1, 10]
    /// id-ecPublicKey (1.2.840.10045.2.1).
    public static let ecPublicKey: OID = [1, 2, 840, 10045, 2, 1]
    /// id-X25519 (1.3.101.110).
    public static let x25519: OID = [1, 3, 101, 110]
    /// id-X448 (1.3.101.111).
    public static let x448: OID = [1, 3, 101, 111]
    /// id-Ed25519 (1.3.101.112).
    public static let ed25519: OID = [1, 3, 101, 112]
    /// id-Ed448 (1.3.101.113).
    public static let ed448: OID = [1, 3, 101, 113]

    // Named curves.

    /// secp256r1, also called prime256v1 and P-256 (1.2.840.10045.3.1.7).
    public static let secp256r1: OID = [1, 2, 840, 10045, 3, 1, 7]
    /// secp384r1, P-384 (1.3.132.0.34).
    public static let secp384r1: OID = [1, 3, 132, 0, 34]
    /// secp521r1, P-521 (1.3.132.0.35).
    public static let secp521r1: OID = [1, 3, 132, 0, 35]

    // Signature algorithms.

    /// sha256WithRSAEncryption (1.2.840.113549.1.1.11).
    public static let sha256WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 11]
    /// sha384WithRSAEncryption (1.2.840.113549.1.1.12).
    public static let sha384WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 12]
    /// sha512WithRSAEncryption (1.2.840.113549.1.1.13).
    public static let sha512WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 13]
    /// sha1WithRSAEncryption, broken, kept so that it can be named and refused (1.2.840.113549.1.1.5).
    public static let sha1WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 5]
    /// md5WithRSAEncryption, broken, kept so that it can be named and refused (1.2.840.113549.1.1.4).
    public static let md5WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 4]
    /// sha224WithRSAEncryption (1.2.840.113549.1.1.14).
    public static let sha224WithRSAEncryption: OID = [1, 2, 840, 113_549, 1, 1, 14]
    /// ecdsa-with-SHA1, broken, kept so that it can be named and refused (1.2.840.10045.4.1).
    public static let ecdsaWithSHA1: OID = [1, 2, 840, 10045, 4, 1]
    /// ecdsa-with-SHA224 (1.2.840.10045.4.3.1).
    public static let ecdsaWithSHA224: OID = [1, 2, 840, 10045, 4, 3, 1]
    /// ecdsa-with-SHA256 (1.2.840.10045.4.3.2).
    public static let ecdsaWithSHA256: OID = [1, 2, 840, 10045, 4, 3, 2]
    /// ecdsa-with-SHA384 (1.2.840.10045.4.3.3).
    public static let ecdsaWithSHA384: OID = [1, 2, 840, 10045, 4, 3, 3]
    /// ecdsa-with-SHA512 (1.2.840.10045.4.3.4).
    public static let ecdsaWithSHA512: OID = [1, 2, 840, 10045, 4, 3, 4]

    // Certificate extensions (RFC 5280 section 4.2).

    /// subjectKeyIdentifier (2.5.29.14).
    public static let subjectKeyIdentifier: OID = [2, 5, 29, 14]
    /// keyUsage (2.5.29.15).
    public static let keyUsage: OID = [2, 5, 29, 15]
    /// subjectAltName (2.5.29.17).
    public static let subjectAltName: OID = [2, 5, 29, 17]
    /// issuerAltName (2.5.29.18).
    public static let issuerAltName: OID = [2, 5, 29, 18]
    /// basicConstraints (2.5.29.19).
    public static let basicConstraints: OID = [2, 5, 29, 19]
    /// nameConstraints (2.5.29.30).
    public static let nameConstraints: OID = [2, 5, 29, 30]
    /// cRLDistributionPoints (2.5.29.31).
    public static let crlDistributionPoints: OID = [2, 5, 29, 31]
    /// certificatePolicies (2.5.29.32).
    public static let certificatePolicies: OID = [2, 5, 29, 32]
    /// authorityKeyIdentifier (2.5.29.35).
    public static let authorityKeyIdentifier: OID = [2, 5, 29, 35]
    /// extKeyUsage (2.5.29.37).
    public static let extendedKeyUsage: OID = [2, 5, 29, 37]
    /// authorityInfoAccess (1.3.6.1.5.5.7.1.1).
    public static let authorityInformationAccess: OID = [1, 3, 6, 1, 5, 5, 7, 1, 1]

    // Access methods (RFC 5280 section 4.2.2.1).

    /// id-ad-ocsp (1.3.6.1.5.5.7.48.1).
    public static let ocsp: OID = [1, 3, 6, 1, 5, 5, 7, 48, 1]
    /// id-ad-caIssuers (1.3.6.1.5.5.7.48.2).
    public static let caIssuers: OID = [1, 3, 6, 1, 5, 5, 7, 48, 2]
}
