/// Finding the members of a decoded text that no decoder asked for.
enum UnknownMembers {
    /// One unknown member: where it is and in which object.
    struct Member {
        /// The object's tape index.
        let object: Int
        /// The member's name.
        let name: String
        /// The member's path.
        let path: FieldPath

        /// The warning, suggesting the closest absent member that the object's decoder asked for.
        func warning(suggestingFrom absentNames: [Int: [String]]) -> Diagnostic {
            let hint = Suggestion.closest(to: name, among: absentNames[object] ?? []).map { "; did you mean \"\($0)\"?" } ?? ""
            return .warning(.inputUnknownMember, at: path, "unknown member \"\(name)\" is ignored\(hint)")
        }
    }

    /// The unknown members in document order; the members inside an unknown member's value are not listed.
    static func find(in state: JSONDecodingState) -> [Member] {
        state.restoreTape()
        var found: [Member] = []
        var path: [FieldPath.Component] = []
        walk(0, in: state, path: &path, into: &found)
        return found
    }

    private static func walk(_ index: Int, in state: JSONDecodingState, path: inout [FieldPath.Component], into found: inout [Member]) {
        switch state.tape[index].tapeKind {
        case .object:
            for (name, value) in state.members(of: index) {
                path.append(.key(name))
                if state.wasRead(value - 1) {
                    walk(value, in: state, path: &path, into: &found)
                } else {
                    found.append(Member(object: index, name: name, path: FieldPath(components: path)))
                }
                path.removeLast()
            }
        case .array:
            var element = index + 1, position = 0
            while element < state.tape[index].tapePayload {
                path.append(.index(position))
                walk(element, in: state, path: &path, into: &found)
                path.removeLast()
                element = state.next(after: element)
                position += 1
            }
        default:
            return
        }
    }
}
