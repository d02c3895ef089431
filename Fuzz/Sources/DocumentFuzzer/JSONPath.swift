/// A step from a JSON container to one of its values.
enum JSONStep: Equatable, Sendable {
    case member(String)
    case element(Int)
}

extension JSONValue {
    /// The path of every value in the tree, the root first, in a fixed order (members by name).
    var paths: [[JSONStep]] {
        var result: [[JSONStep]] = [[]]
        switch self {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                result += element.paths.map { [.element(index)] + $0 }
            }
        case .object(let members):
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                result += value.paths.map { [.member(key)] + $0 }
            }
        default:
            break
        }
        return result
    }

    /// The value at a path, if there is one.
    subscript(path: ArraySlice<JSONStep>) -> JSONValue? {
        guard let step = path.first else { return self }
        switch (self, step) {
        case (.array(let elements), .element(let index)) where elements.indices.contains(index):
            return elements[index][path.dropFirst()]
        case (.object(let members), .member(let key)):
            return members[key]?[path.dropFirst()]
        default:
            return nil
        }
    }

    /// Changes the container that holds the value at `path`: `edit` gets the container and the
    /// last step. Does nothing for the root or a path that leads nowhere.
    mutating func editParent(of path: ArraySlice<JSONStep>, _ edit: (inout JSONValue, JSONStep) -> Void) {
        guard let step = path.first else { return }
        if path.count == 1 {
            edit(&self, step)
            return
        }
        switch (self, step) {
        case (.array(var elements), .element(let index)) where elements.indices.contains(index):
            elements[index].editParent(of: path.dropFirst(), edit)
            self = .array(elements)
        case (.object(var members), .member(let key)):
            guard var member = members[key] else { return }
            member.editParent(of: path.dropFirst(), edit)
            members[key] = member
            self = .object(members)
        default:
            break
        }
    }

    /// Replaces the value at `path` (the whole tree for the root path).
    mutating func replace(at path: ArraySlice<JSONStep>, with value: JSONValue) {
        guard !path.isEmpty else {
            self = value
            return
        }
        editParent(of: path) { container, step in
            switch (container, step) {
            case (.array(var elements), .element(let index)) where elements.indices.contains(index):
                elements[index] = value
                container = .array(elements)
            case (.object(var members), .member(let key)):
                members[key] = value
                container = .object(members)
            default:
                break
            }
        }
    }
}
