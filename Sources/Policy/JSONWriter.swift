/// Writes a ``JSONValue`` as people read JSON: two-space indentation, `"key": value`, members in the order
/// they were given, empty arrays as `[]`, and strings escaped only where JSON requires.
package enum JSONWriter {
    package static func write(_ value: JSONValue) -> String {
        var output = ""
        append(value, indent: 0, to: &output)
        return output + "\n"
    }

    private static func append(_ value: JSONValue, indent: Int, to output: inout String) {
        let padding = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number):
            output += number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): output += quoted(text)
        case .array(let elements) where elements.isEmpty: output += "[]"
        case .array(let elements):
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += padding
                append(element, indent: indent + 1, to: &output)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += closing + "]"
        case .object(_, let order) where order.isEmpty: output += "{}"
        case .object(let members, let order):
            output += "{\n"
            for (position, key) in order.enumerated() {
                output += padding + quoted(key) + ": "
                append(members[key] ?? .null, indent: indent + 1, to: &output)
                output += position == order.count - 1 ? "\n" : ",\n"
            }
            output += closing + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension JSONValue {
    /// An object whose members keep the order given.
    package static func orderedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: pairs), order: pairs.map(\.0))
    }

    /// An array of strings.
    package static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}
