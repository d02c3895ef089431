import Synchronization

/// The raw values of a ``JSONRawValueDecodable`` enumeration as UTF-8 bytes, to map a string
/// of the parsed text to a case by comparing bytes: no `String` is made and no
/// `init(rawValue:)` compares strings case by case (which cost more than the rest of an
/// incident's enumeration values). Make one per type, once (a `static let`).
///
/// Equal bytes are equal strings; a string whose bytes match no raw value (escaped, or
/// canonically equivalent in another normalisation) is given to `init(rawValue:)`, so the
/// values and errors are the standard library's for any raw values.
///
/// Arrays of values (an incident's forms of violence) are shared: every array of one or two
/// values is made with the table, and longer ones of up to ``longestShared`` values are kept,
/// at most ``sharedLimit`` of them, as they are read. Equal arrays then share one buffer, so a
/// million incidents hold a few hundred array buffers instead of two million; arrays are
/// values, so nothing a reader can see changes. The table lives as long as the process and
/// holds only the enumeration's values, never text a person wrote.
@usableFromInline
package struct JSONRawValueTable<Value: JSONRawValueDecodable & CaseIterable & Sendable>: Sendable {
    private let cases: [Value]
    /// The raw values' bytes, in the order of ``cases``.
    @usableFromInline let rawValues: JSONRawValueBytes
    /// The arrays of one value, by the value's position in ``cases``, then of two, by
    /// `cases.count * first + second` after them (``JSONRawValueBytes/shortArraySlot(ofArrayAt:in:)``).
    @usableFromInline let shortArrays: [[Value]]
    /// The arrays of three up to ``longestShared`` values read so far, by their positions'
    /// code (``JSONRawValueBytes/code(of:)``).
    private let longerArrays = KeptArrays()

    /// The most values an array the table shares has.
    package static var longestShared: Int { 4 }
    /// The most arrays longer than two values the table keeps.
    package static var sharedLimit: Int { 256 }

    /// The table of every case of `Value`.
    package init() {
        let cases = Array(Value.allCases)
        self.cases = cases
        rawValues = JSONRawValueBytes(cases.map(\.rawValue))
        let pairs = rawValues.hasPairSlots ? cases.flatMap { first in cases.map { [first, $0] } } : []
        shortArrays = cases.map { [$0] } + pairs
    }

    /// The case whose raw value is the string's text, or the standard library's error.
    package func value(of string: JSONStringValue) throws -> Value {
        if let position = rawValues.position(of: string.entry, in: string.state) { return cases[position] }
        return try valueByRawValue(of: string)
    }

    /// The values of the array of strings at tape index `array`, with the errors of
    /// `[Value].init(from:)`; a shared array when the table has it.
    @inlinable
    func values(ofArrayAt array: Int, in state: JSONDecodingState) throws -> [Value] {
        if let slot = try rawValues.shortArraySlot(ofArrayAt: array, in: state) { return shortArrays[slot] }
        return try decodedValues(ofArrayAt: array, in: state)
    }

    /// ``values(ofArrayAt:in:)`` for an array the table has no slot for, decoded one value at a time.
    @usableFromInline
    func decodedValues(ofArrayAt array: Int, in state: JSONDecodingState) throws -> [Value] {
        shared(try state.elements(ofArray: array).map { element in try value(of: JSONStringValue(state: state, index: element)) })
    }

    /// `values`, or the table's equal array if it has one; an array of three up to
    /// ``longestShared`` values that the table does not have, it keeps if it may.
    private func shared(_ values: [Value]) -> [Value] {
        guard (3...Self.longestShared).contains(values.count), let code = rawValues.code(of: values.map(\.rawValue)) else {
            return values
        }
        return longerArrays.arrays.withLock { arrays in
            if let kept = arrays[code] { return kept }
            if arrays.count < Self.sharedLimit { arrays[code] = values }
            return values
        }
    }

    /// The longer arrays a table keeps, behind a lock: tables are shared by every decoding.
    private final class KeptArrays: Sendable {
        let arrays = Mutex<[UInt64: [Value]]>([:])
    }

    /// The standard library's answer for a string whose bytes match no raw value. Kept out of
    /// ``value(of:)``: the conformance lookups of a call to `init(rawValue:)` cost every call of
    /// the function that contains it, even one that never reaches it.
    @inline(never)
    private func valueByRawValue(of string: JSONStringValue) throws -> Value {
        guard let value = Value(rawValue: string.text) else { throw string.invalid(Value.self) }
        return value
    }
}
