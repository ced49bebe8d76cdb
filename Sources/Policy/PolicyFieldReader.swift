import X509

/// Reads typed fields out of a policy's JSON object, turning each mismatch into a ``PolicyError`` that names
/// the field.
struct PolicyFieldReader {
    let fields: [String: JSONValue]

    func refuseUnknownFields(known: [String]) throws(PolicyError) {
        for key in fields.keys.sorted() where !known.contains(key) {
            throw PolicyError(.unknownField, "unknown field '\(key)'")
        }
    }

    private func required(_ key: String) throws(PolicyError) -> JSONValue {
        guard let value = fields[key] else { throw PolicyError(.missingField, "missing field '\(key)'") }
        return value
    }

    private func wrongType(_ key: String, _ expected: String, _ found: JSONValue) -> PolicyError {
        PolicyError(.wrongType, "field '\(key)': expected \(expected), found \(found.typeName)")
    }

    func optionalString(_ key: String) throws(PolicyError) -> String? {
        guard let value = fields[key] else { return nil }
        guard case .string(let string) = value else { throw wrongType(key, "a string", value) }
        return string
    }

    func enumeration<Value: RawRepresentable & CaseIterable>(
        _ key: String, _ type: Value.Type
    ) throws(PolicyError) -> Value where Value.RawValue == String {
        let value = try required(key)
        guard case .string(let string) = value else { throw wrongType(key, "a string", value) }
        guard let parsed = Value(rawValue: string) else {
            let choices = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw PolicyError(.unknownName, "field '\(key)': unknown value '\(string)' (expected one of \(choices))")
        }
        return parsed
    }

    func strings(_ key: String) throws(PolicyError) -> [String] {
        try strings(key, in: try required(key))
    }

    private func strings(_ key: String, in value: JSONValue) throws(PolicyError) -> [String] {
        guard case .array(let elements) = value else { throw wrongType(key, "an array of strings", value) }
        var result: [String] = []
        var seen = Set<String>()
        for element in elements {
            guard case .string(let string) = element else {
                throw wrongType(key, "an array of strings", element)
            }
            guard seen.insert(string).inserted else {
                throw PolicyError(.inconsistent, "field '\(key)': '\(string)' is listed twice")
            }
            result.append(string)
        }
        return result
    }

    func boolean(_ key: String) throws(PolicyError) -> Bool {
        let value = try required(key)
        guard case .bool(let flag) = value else { throw wrongType(key, "true or false", value) }
        return flag
    }

    func optionalBoolean(_ key: String) throws(PolicyError) -> Bool? {
        guard fields[key] != nil else { return nil }
        return try boolean(key)
    }

    func integer(_ key: String, in range: ClosedRange<Int>) throws(PolicyError) -> Int {
        let value = try required(key)
        guard case .number(let number) = value, number.rounded() == number, Double(Int.min) < number,
            number < Double(Int.max)
        else {
            throw wrongType(key, "a whole number", value)
        }
        guard range.contains(Int(number)) else {
            throw PolicyError(.inconsistent, "field '\(key)': \(Int(number)) is outside \(range)")
        }
        return Int(number)
    }

    /// A whole number or an explicit `null` (no limit). The field itself is still required.
    func optionalInteger(_ key: String, in range: ClosedRange<Int>) throws(PolicyError) -> Int? {
        if case .null = try required(key) { return nil }
        return try integer(key, in: range)
    }

    func pinning(_ key: String) throws(PolicyError) -> TLSPolicy.Pinning {
        let value = try required(key)
        guard let members = value.members else {
            throw wrongType(key, "an object with 'scope' and 'pins'", value)
        }
        for member in members.keys.sorted() where member != "scope" && member != "pins" {
            throw PolicyError(.unknownField, "unknown field '\(key).\(member)'")
        }
        let scoped = PolicyFieldReader(fields: members["scope"].map { ["\(key).scope": $0] } ?? [:])
        let scope = try scoped.enumeration("\(key).scope", TLSPolicy.Pinning.Scope.self)
        var pins: [SPKIPin] = []
        for text in try strings("\(key).pins", in: members["pins"] ?? .array([])) {
            do {
                pins.append(try SPKIPin(text))
            } catch {
                throw PolicyError(.unknownName, "field '\(key).pins': '\(text)' is not a pin (\(error.reason))")
            }
        }
        return TLSPolicy.Pinning(scope: scope, pins: pins)
    }

    func peerIdentities(_ key: String) throws(PolicyError) -> TLSPolicy.PeerIdentities {
        let value = try required(key)
        guard let members = value.members else {
            throw wrongType(key, "an object with 'dns' and 'uri' arrays", value)
        }
        for member in members.keys.sorted() where member != "dns" && member != "uri" {
            throw PolicyError(.unknownField, "unknown field '\(key).\(member)'")
        }
        for member in ["dns", "uri"] where members[member] == nil {
            throw PolicyError(.missingField, "missing field '\(key).\(member)' (an empty list accepts any identity)")
        }
        return TLSPolicy.PeerIdentities(
            dnsNames: try strings("\(key).dns", in: members["dns"] ?? .array([])),
            uris: try strings("\(key).uri", in: members["uri"] ?? .array([]))
        )
    }
}
