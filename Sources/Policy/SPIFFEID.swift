/// A SPIFFE ID (`spiffe://trust-domain/path`), read by the rules of the SPIFFE ID specification: lower-case
/// scheme and trust domain of letters, digits, dots, dashes and underscores; a path of non-empty segments
/// that are not `.` or `..`, of letters, digits and `.-_`; no port, user, query or fragment.
public struct SPIFFEID: Sendable, Hashable, CustomStringConvertible {
    /// The trust domain, such as `example.org`.
    public let trustDomain: String
    /// The path, such as `/workload/api`; never empty.
    public let path: String

    /// Why a URI is not a SPIFFE ID.
    public enum Problem: Sendable, Hashable {
        /// The scheme is not `spiffe`.
        case scheme
        /// The trust domain is missing or has characters SPIFFE forbids.
        case trustDomain
        /// The path is missing, empty, or has a forbidden segment or character.
        case path
    }

    /// Reads a SPIFFE ID, or says what is wrong with it.
    public static func parse(_ uri: String) -> Result<SPIFFEID, ProblemError> {
        let prefix = "spiffe://"
        guard uri.hasPrefix(prefix) else { return .failure(ProblemError(.scheme)) }
        let rest = uri.dropFirst(prefix.count)
        let domain = rest.prefix { $0 != "/" }
        guard isValidTrustDomain(String(domain)) else { return .failure(ProblemError(.trustDomain)) }
        let path = rest.dropFirst(domain.count)
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        guard !path.isEmpty, !segments.isEmpty,
            segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && $0.allSatisfy(allowed.contains) })
        else {
            return .failure(ProblemError(.path))
        }
        return .success(SPIFFEID(trustDomain: String(domain), path: String(path)))
    }

    /// Whether a string is a valid SPIFFE trust domain name.
    public static func isValidTrustDomain(_ domain: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-_")
        return !domain.isEmpty && domain.count <= 255 && domain.allSatisfy(allowed.contains)
    }

    /// A ``Problem`` as an error value.
    public struct ProblemError: Error, Sendable, Hashable {
        /// What is wrong.
        public let problem: Problem

        init(_ problem: Problem) {
            self.problem = problem
        }
    }

    /// The text shown to people.
    public var description: String { "spiffe://\(trustDomain)\(path)" }
}
