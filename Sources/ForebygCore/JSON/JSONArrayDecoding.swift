/// Arrays decoded with their storage reserved from the tape's element count, so that a large
/// array (a million incidents) is allocated once instead of doubled while it grows.
///
/// The elements are decoded through the same container and in the same order as the standard
/// library's `Array.init(from:)`, so values and errors are the same; elements of a
/// ``JSONTapeDecodable`` type take their fast path, which reports the same errors, and gives
/// the tape's pages back behind it (``JSONDecodingState/releaseTape(_:)``) as it gives the text's.
protocol JSONArrayDecoding {
    /// Decodes the array at tape index `index`.
    static func decodeJSONArray(at index: Int, in state: JSONDecodingState) throws -> Self
}

extension Array: JSONArrayDecoding where Element: Decodable {
    static func decodeJSONArray(at index: Int, in state: JSONDecodingState) throws -> Self {
        guard state.tape[index].tapeKind == .array else { throw state.mismatch([Any].self, at: index) }
        var container = JSONUnkeyedContainer(state: state, array: index)
        let count = container.count ?? 0
        // Elements that are not objects fail the same way on both paths, so only an array of
        // objects looks for the fast path (a conformance check per array is not free).
        if count > 0, state.tape[index + 1].tapeKind == .object, let fastType = Element.self as? any JSONTapeDecodable.Type,
            let elements = try decodeObjects(of: fastType, at: index, count: count, in: state) as? [Element]
        {
            return elements
        }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        while !container.isAtEnd {
            elements.append(try container.decode(Element.self))
        }
        return elements
    }
}

/// The objects of the array at `index`, `count` of them, decoded on the fast path: the type
/// is opened once per array, and the elements are neither boxed nor cast one by one.
private func decodeObjects<Element: JSONTapeDecodable>(
    of type: Element.Type, at index: Int, count: Int, in state: JSONDecodingState
) throws -> Any {
    var elements: [Element] = []
    elements.reserveCapacity(count)
    var element = index + 1, releasedUpTo = index + 1
    while element < state.tape[index].tapePayload {
        state.release.reached(state.tape[element].tapeOffset)
        if element - releasedUpTo >= state.tapePages.stride {
            state.releaseTape(releasedUpTo..<element)
            releasedUpTo = element
        }
        elements.append(try Element.decodeFromTape(at: element, in: state))
        element = state.next(after: element)
    }
    return elements
}
