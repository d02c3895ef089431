import Foundation

extension BrokenCopy {
    /// The broken copies of one fixture that its schema must reject, derived as
    /// `.ci/checks/20-schemas` derives them (`derived_breakages`), so that a new kind needs none
    /// written by hand.
    ///
    /// The fixture is walked with its schema through `properties`, `items` and `$ref` only, the
    /// keywords that always apply (never into `allOf`, `anyOf` or `if`/`then`), so each copy
    /// breaks a rule that certainly holds where it breaks it: a wrong constant, a value not in its
    /// enum, a wrong-typed value, a fraction for an integer, a number just outside its bounds, an
    /// empty string or array where one is not allowed, a string not matching its pattern, a
    /// required member removed. One copy per member path (array indices as `*`) and rule, at the
    /// first place the fixture has the member.
    static func derived(from fixture: Any, schema root: [String: Any]) -> [BrokenCopy] {
        var derivation = Derivation(root: root)
        derivation.walk(fixture, schema: root, path: "", shape: "")
        return derivation.copies
    }

    private struct Derivation {
        let root: [String: Any]
        var copies: [BrokenCopy] = []
        var seen: Set<String> = []

        mutating func walk(_ value: Any, schema unresolved: [String: Any], path: String, shape: String) {
            let schema = resolved(unresolved)
            if !path.isEmpty {
                breakValue(value, schema: schema, path: path, shape: shape)
            }
            if let object = value as? [String: Any] {
                for member in schema["required"] as? [String] ?? [] where object[member] != nil {
                    note(shape, "without its required \(member)", path: path + "/" + Self.token(member), remove: true)
                }
                let properties = schema["properties"] as? [String: Any] ?? [:]
                for (member, child) in object.sorted(by: { $0.key < $1.key }) {
                    guard let property = properties[member] as? [String: Any] else { continue }
                    walk(child, schema: property, path: path + "/" + Self.token(member), shape: shape + "/" + member)
                }
            }
            if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
                for (index, element) in array.enumerated() {
                    walk(element, schema: items, path: "\(path)/\(index)", shape: shape + "/*")
                }
            }
        }

        private mutating func breakValue(_ value: Any, schema: [String: Any], path: String, shape: String) {
            if schema["const"] is String {
                note(shape, "not its constant", path: path, value: "something-else")
            }
            if schema["enum"] != nil {
                note(shape, "a value not in its enum", path: path, value: "no-such-value")
            }
            if let type = schema["type"] {
                let allowed = Set(type as? [String] ?? [type as? String ?? ""])
                let written = (type as? [String]).map { "[\($0.map { "'\($0)'" }.joined(separator: ", "))]" } ?? "\(type)"
                if allowed.isDisjoint(with: ["integer", "number"]) {
                    note(shape, "a number, not \(written)", path: path, value: 7)
                } else if !allowed.contains("string") {
                    note(shape, "a string, not \(written)", path: path, value: "wrong type")
                }
                if allowed.contains("integer") && !allowed.contains("number") {
                    note(shape, "a fraction, not an integer", path: path, value: 1.5)
                }
            }
            if let minimum = schema["minimum"] as? NSNumber {
                note(shape, "below its minimum \(Self.text(minimum))", path: path, value: Self.adding(-1, to: minimum))
            }
            if let maximum = schema["maximum"] as? NSNumber {
                note(shape, "above its maximum \(Self.text(maximum))", path: path, value: Self.adding(1, to: maximum))
            }
            if value is String, (schema["minLength"] as? Int ?? 0) >= 1 {
                note(shape, "an empty string", path: path, value: "")
            }
            if value is String, let pattern = schema["pattern"] as? String,
                let expression = try? NSRegularExpression(pattern: pattern),
                expression.firstMatch(in: "?", range: NSRange(location: 0, length: 1)) == nil
            {
                note(shape, "not matching its pattern", path: path, value: "?")
            }
            if value is [Any], (schema["minItems"] as? Int ?? 0) >= 1 {
                note(shape, "an empty array", path: path, value: [Any]())
            }
        }

        private mutating func note(_ shape: String, _ what: String, path: String, value: Any? = nil, remove: Bool = false) {
            guard seen.insert(shape + "\u{0}" + what).inserted else { return }
            copies.append(BrokenCopy(what: "\(shape.isEmpty ? "/" : shape): \(what)", operation: remove ? "remove" : "replace", path: path, value: value))
        }

        /// `schema` with its local `$ref`s (`#/$defs/NAME`) followed.
        private func resolved(_ schema: [String: Any]) -> [String: Any] {
            var schema = schema
            let definitions = root["$defs"] as? [String: Any] ?? [:]
            while let reference = schema["$ref"] as? String, let target = definitions[String(reference.dropFirst("#/$defs/".count))] as? [String: Any] {
                schema = target
            }
            return schema
        }

        /// A member name as a JSON Pointer reference token (RFC 6901).
        private static func token(_ name: String) -> String {
            name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }

        private static func adding(_ step: Int, to bound: NSNumber) -> Any {
            bound.doubleValue == bound.doubleValue.rounded() ? bound.intValue + step : bound.doubleValue + Double(step)
        }

        private static func text(_ bound: NSNumber) -> String {
            bound.doubleValue == bound.doubleValue.rounded() ? "\(bound.intValue)" : "\(bound.doubleValue)"
        }
    }
}
