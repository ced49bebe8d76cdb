/// A JSON document as the policy reader sees it: booleans, numbers and strings kept apart, so that the reader
/// can say exactly which field has the wrong type.
package enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue], order: [String])

    /// The JSON type's name, for error messages.
    package var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The members of an object, or `nil` for any other value.
    package var members: [String: JSONValue]? {
        if case .object(let members, _) = self { return members }
        return nil
    }
}
