/// Edits of a valid example, read from the fuzzer's bytes four at a time: an operation, a value
/// of the tree (two bytes, little-endian, modulo the number of values) and an argument.
///
/// Byte-level mutation rarely turns a valid document into another syntactically valid one with,
/// say, `Int.max` as a count; these edits do, so that the checks behind decoding (validation,
/// the mappings to the document tree, the renderers) are explored as well as the parser.
struct ExampleMutation {
    /// The most edits applied to one example, so that an input's work stays bounded.
    static let maximumEdits = 16

    let operation: UInt8
    let target: Int
    let argument: UInt8

    /// The edits the bytes describe, at most ``maximumEdits``; a trailing partial edit is ignored.
    static func edits(from bytes: ArraySlice<UInt8>) -> [ExampleMutation] {
        stride(from: bytes.startIndex, to: bytes.endIndex - 3, by: 4).prefix(maximumEdits).map { start in
            ExampleMutation(
                operation: bytes[start],
                target: Int(bytes[start + 1]) | Int(bytes[start + 2]) << 8,
                argument: bytes[start + 3])
        }
    }

    /// Applies the edit to a tree.
    func apply(to tree: inout JSONValue) {
        let paths = tree.paths
        let path = paths[target % paths.count][...]
        switch operation % 5 {
        case 0:
            tree.replace(at: path, with: BoundaryValues.all[Int(argument) % BoundaryValues.all.count])
        case 1:
            tree.editParent(of: path, Self.remove)
        case 2:
            tree.editParent(of: path, Self.duplicate)
        case 3:
            let source = paths[Int(argument) * 257 % paths.count][...]
            if let value = tree[source] { tree.replace(at: path, with: value) }
        default:
            if let value = tree[path] { tree.replace(at: path, with: nudged(value)) }
        }
    }

    /// Removes the value a step leads to from its container.
    private static func remove(_ container: inout JSONValue, _ step: JSONStep) {
        switch (container, step) {
        case (.array(var elements), .element(let index)) where elements.indices.contains(index):
            elements.remove(at: index)
            container = .array(elements)
        case (.object(var members), .member(let key)):
            members[key] = nil
            container = .object(members)
        default:
            break
        }
    }

    /// Repeats an array element once more, right after itself.
    private static func duplicate(_ container: inout JSONValue, _ step: JSONStep) {
        guard case .array(var elements) = container, case .element(let index) = step, elements.indices.contains(index) else { return }
        elements.insert(elements[index], at: index + 1)
        container = .array(elements)
    }

    /// A value near the given one: a number moved by the argument, a string shortened or lengthened.
    private func nudged(_ value: JSONValue) -> JSONValue {
        let delta = Int(Int8(bitPattern: argument))
        switch value {
        case .integer(let number): return .integer(number.addingReportingOverflow(delta).partialValue)
        case .number(let number): return .number(number + Double(delta) / 4)
        case .string(let text) where delta < 0: return .string(String(text.dropLast(-delta)))
        case .string(let text): return .string(text + String(repeating: text.last.map(String.init) ?? "x", count: delta))
        case .bool(let flag): return .bool(!flag)
        default: return value
        }
    }
}
