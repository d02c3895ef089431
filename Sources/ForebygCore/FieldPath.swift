/// The location of a value inside a JSON document, written as a JSONPath such as `$.rows[2].responsible`.
///
/// Every error and warning names a path, so an integrator can find the field that needs fixing.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step into a JSON value.
    public enum Component: Hashable, Sendable {
        /// A member of an object.
        case key(String)
        /// An element of an array, counted from 0.
        case index(Int)
    }

    /// The steps from the document's root.
    public var components: [Component]

    /// The document's root, `$`.
    public static let root = FieldPath(components: [])

    /// Creates a path from its steps.
    public init(components: [Component]) {
        self.components = components
    }

    /// Creates a path from dot-separated keys, for example `"workingGroups"` or `"plan.period"`;
    /// use ``key(_:)`` and ``index(_:)`` for anything with indices.
    public init(stringLiteral value: String) {
        self.components = value.split(separator: ".").map { .key(String($0)) }
    }

    /// This path followed by an object member.
    public func key(_ name: String) -> FieldPath {
        appending(.key(name))
    }

    /// This path followed by an array element.
    public func index(_ index: Int) -> FieldPath {
        appending(.index(index))
    }

    private func appending(_ component: Component) -> FieldPath {
        var path = self
        path.components.append(component)
        return path
    }

    /// The path as JSONPath text, for example `$.rows[2].responsible`.
    public var description: String {
        var text = UTF8TextBuilder(capacity: descriptionCapacity)
        write(to: &text)
        return text.text
    }

    /// Appends the path as JSONPath text (``description``) to `text`.
    package func write(to text: inout UTF8TextBuilder) {
        text.append("$")
        for component in components {
            switch component {
            case .key(let name) where Self.isPlainName(name):
                text.append(".")
                text.append(name)
            case .key(let name):
                text.append("['")
                text.append(name.replacing("'", with: "\\'"))
                text.append("']")
            case .index(let index):
                text.append("[")
                text.append(String(index))
                text.append("]")
            }
        }
    }

    /// About the length of ``description`` in bytes, to reserve it at once.
    package var descriptionCapacity: Int {
        components.reduce(1) { length, component in
            switch component {
            case .key(let name): length + name.utf8.count + 5
            case .index: length + 8
            }
        }
    }

    /// Whether a member name can follow a dot: ASCII letters, digits and `_`, not starting with a digit.
    private static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !isDigit(first) else { return false }
        return name.utf8.allSatisfy { byte in isDigit(byte) || byte == UInt8(ascii: "_") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension FieldPath {
    /// Parses JSONPath text of the form this type writes (`$.a[0].b`, `$['odd key']`).
    public init(jsonPath text: String) {
        var components: [Component] = []
        var rest = Substring(text.hasPrefix("$") ? String(text.dropFirst()) : text)
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let name = rest.prefix { $0 != "." && $0 != "[" }
                components.append(.key(String(name)))
                rest = rest.dropFirst(name.count)
            } else if rest.hasPrefix("['") {
                rest = rest.dropFirst(2)
                var name = ""
                while let character = rest.first, character != "'" {
                    if character == "\\", rest.dropFirst().first == "'" { rest = rest.dropFirst() }
                    name.append(rest.first ?? character)
                    rest = rest.dropFirst()
                }
                components.append(.key(name))
                rest = rest.dropFirst(2)
            } else if first == "[" {
                let digits = rest.dropFirst().prefix { $0 != "]" }
                components.append(.index(Int(digits) ?? 0))
                rest = rest.dropFirst(digits.count + 2)
            } else {
                break
            }
        }
        self.init(components: components)
    }

    /// The path of a Swift `Decodable` coding path, as found in a `DecodingError`.
    public init(codingPath: [any CodingKey]) {
        self.init(components: codingPath.map { key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                return .index(index)
            }
            return .key(key.stringValue)
        })
    }
}
