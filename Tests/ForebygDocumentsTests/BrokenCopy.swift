import Foundation
import ForebygTestSupport

/// One deliberately broken copy of a kind's fixtures, as its `Tests/*/Fixtures/Broken/<type>.json`
/// lists them: a JSON Patch operation (RFC 6902: `add`, `replace` or `remove` at a JSON Pointer)
/// and `what` it breaks. `.ci/checks/20-schemas` checks that the kind's schema rejects each one.
struct BrokenCopy {
    /// What the copy breaks, for messages.
    let what: String
    let operation: String
    let path: String
    let value: Any?

    /// The problem applying a copy to a fixture: its path does not lead to a member or element.
    struct NotApplicable: Error, CustomStringConvertible {
        let description: String
    }

    /// The broken copies of a document type, from every `Broken/<type>.json`.
    static func all(of documentType: String) throws -> [BrokenCopy] {
        try RepositoryFiles.allBrokenCopies.filter { $0.deletingPathExtension().lastPathComponent == documentType }.flatMap { file in
            let entries = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [[String: Any]] ?? []
            return entries.map { entry in
                BrokenCopy(
                    what: entry["what"] as? String ?? "?", operation: entry["op"] as? String ?? "?",
                    path: entry["path"] as? String ?? "", value: entry["value"])
            }
        }
    }

    /// The reference tokens of the path (RFC 6901).
    var tokens: [String] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            .map { $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") }
    }

    /// The fixture's JSON text with this copy's operation applied.
    func applied(to fixture: Data) throws -> Data {
        let document = try JSONSerialization.jsonObject(with: fixture)
        return try JSONSerialization.data(withJSONObject: try applied(to: document, at: tokens[...]))
    }

    private func applied(to node: Any, at tokens: ArraySlice<String>) throws -> Any {
        guard let token = tokens.first else { throw NotApplicable(description: "\(path): an empty path") }
        let last = tokens.count == 1
        if var object = node as? [String: Any] {
            if last {
                guard operation == "add" || object[token] != nil else { throw NotApplicable(description: "\(path): no member \(token)") }
                object[token] = operation == "remove" ? nil : value
            } else {
                guard let child = object[token] else { throw NotApplicable(description: "\(path): no member \(token)") }
                object[token] = try applied(to: child, at: tokens.dropFirst())
            }
            return object
        }
        guard var array = node as? [Any] else { throw NotApplicable(description: "\(path): \(token) is not in an object or array") }
        let index = last && token == "-" ? array.count : Int(token) ?? -1
        let insertion = last && operation == "add"
        guard index >= 0, index < array.count || (insertion && index == array.count) else {
            throw NotApplicable(description: "\(path): no element \(token)")
        }
        switch (last, operation) {
        case (true, "add"): array.insert(value as Any, at: index)
        case (true, "remove"): array.remove(at: index)
        case (true, _): array[index] = value as Any
        default: array[index] = try applied(to: array[index], at: tokens.dropFirst())
        }
        return array
    }
}
