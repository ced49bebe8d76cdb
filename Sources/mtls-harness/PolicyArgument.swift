import Foundation
import Policy

/// Turns a `--policy` value into a policy: a preset name, or a path to a JSON file.
enum PolicyArgument {
    static func load(_ value: String?) throws(CommandLineError) -> TLSPolicy {
        let name = value ?? "nhi-strict"
        if TLSPolicy.presetNames.contains(name) {
            do { return try TLSPolicy.preset(named: name) } catch {
                throw CommandLineError(status: .software, message: "\(error)")
            }
        }
        guard name.contains("/") || name.hasSuffix(".json") || FileManager.default.fileExists(atPath: name) else {
            throw CommandLineError(
                status: .usage,
                message: "'\(name)' is neither a preset (\(TLSPolicy.presetNames.joined(separator: ", "))) nor a file"
            )
        }
        do {
            return try TLSPolicy.load(contentsOf: name)
        } catch {
            let status: ExitStatus = error.code == .unreadableFile ? .noInput : .dataError
            throw CommandLineError(status: status, message: "\(error)")
        }
    }
}
