/// The tape indices of an array's elements, in order: for readers that decode the elements
/// themselves (strings) instead of through an unkeyed container.
struct JSONElementIndices: Sequence, IteratorProtocol {
    let state: JSONDecodingState
    var index: Int
    let end: Int

    init(state: JSONDecodingState, array: Int) {
        self.state = state
        index = array + 1
        end = state.tape[array].tapePayload
    }

    /// The next element's tape index, or `nil` after the last.
    mutating func next() -> Int? {
        guard index < end else { return nil }
        defer { index = state.next(after: index) }
        return index
    }
}

extension JSONDecodingState {
    /// The elements of the array at `index`, or the error `Array.init(from:)` throws for
    /// another kind of value.
    func elements(ofArray index: Int) throws -> JSONElementIndices {
        guard tape[index].tapeKind == .array else { throw mismatch([Any].self, at: index) }
        return JSONElementIndices(state: self, array: index)
    }

    /// The array of strings at `index`, with the errors of `[String].init(from:)`.
    func decodeStrings(at index: Int) throws -> [String] {
        try elements(ofArray: index).map(decodeString)
    }
}
