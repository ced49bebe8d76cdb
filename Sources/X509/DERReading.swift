internal import DER

/// Runs DER-reading code and reports its failure as an ``X509Error`` naming what was being read.
///
/// The closure's error type is left untyped so that closures need no annotation; only ``DERError`` and
/// ``X509Error`` are ever thrown inside, and the conversion costs nothing unless something is thrown.
///
/// - Parameters:
///   - context: The part of the structure being read, such as `"validity"`.
///   - body: The reading code.
/// - Returns: What `body` returns.
/// - Throws: ``X509Error/Code/malformedDER`` wrapping the DER error, or the ``X509Error`` thrown inside.
@inline(__always)
func reading<Value>(_ context: @autoclosure () -> String, _ body: () throws -> Value) throws(X509Error) -> Value {
    do {
        return try body()
    } catch let error as DERError {
        throw X509Error.der(error, in: context())
    } catch let error as X509Error {
        throw error
    } catch {
        throw X509Error(.malformedDER, "\(context()): \(error)")
    }
}
