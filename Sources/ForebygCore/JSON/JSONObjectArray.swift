/// The elements of an array of objects, for a ``JSONObjectReader`` that decodes each with a
/// reader of its own (``JSONObjectReader/decodeIfPresent(_:_:)-(Array<Element>.Type,_)``): what
/// `[Element].init(from:)` does, with the errors of the fast path of ``JSONArrayDecoding``.
@usableFromInline
struct JSONObjectArray {
    private let state: JSONDecodingState
    /// The tape index of the next element.
    private var element: Int
    /// The tape index after the last element.
    private let end: Int

    /// The elements of the array at tape index `array`, or the error of decoding an array there.
    init(state: JSONDecodingState, array: Int) throws {
        guard state.tape[array].tapeKind == .array else { throw state.mismatch([Any].self, at: array) }
        self.state = state
        element = array + 1
        end = state.tape[array].tapePayload
    }

    /// The reader of the next element for a value of `type`, or `nil` after the last; an
    /// element that is not an object is the error `container(keyedBy:)` throws.
    @usableFromInline
    mutating func nextReader(for type: Any.Type) throws -> JSONObjectReader? {
        guard element < end else { return nil }
        defer { element = state.next(after: element) }
        return try JSONObjectReader(state: state, object: element, for: type)
    }
}
