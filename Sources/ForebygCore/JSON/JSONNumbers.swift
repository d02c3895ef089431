/// Reading the numbers of a parsed text into Swift's number types, exactly.
///
/// I-JSON (RFC 7493) says that integers beyond ±2^53 do not travel between implementations, so
/// they are not read as integers. A number is a whole number if its decimal value is one,
/// whatever its spelling: `3`, `3.0` and `0.3e1` are all 3; `1.5` and `1e-400` are not whole.
enum JSONNumbers {
    /// Why a number does not fit the type asked for.
    enum Misfit: Error {
        /// The number has a fractional part.
        case notWhole
        /// The number is whole but beyond ±2^53 or outside the type's range.
        case outOfRange
    }

    /// The largest magnitude of a whole number, 2^53.
    static let wholeLimit: Int = 1 << 53

    /// The number as an integer of type `Integer`.
    static func integer<Integer: FixedWidthInteger>(_ entry: UInt64, in bytes: UnsafeRawBufferPointer, as: Integer.Type) throws(Misfit) -> Integer {
        let value = entry.tapeKind == .integer ? try plainInteger(entry, in: bytes) : try wholeValue(digits(entry, in: bytes))
        guard let result = Integer(exactly: value) else { throw .outOfRange }
        return result
    }

    /// The number as a `Double`; `nil` if it is beyond the largest finite `Double`.
    static func double(_ entry: UInt64, in bytes: UnsafeRawBufferPointer) -> Double? {
        if entry.tapeKind == .integer, entry.tapePayload <= 15, let value = try? plainInteger(entry, in: bytes) {
            return Double(value)
        }
        let number = Double(text(entry, in: bytes))
        return number.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The number's text as written.
    static func text(_ entry: UInt64, in bytes: UnsafeRawBufferPointer) -> String {
        let start = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        return String(decoding: UnsafeBufferPointer(start: start, count: entry.tapePayload), as: UTF8.self)
    }

    /// An integer written without fraction or exponent.
    private static func plainInteger(_ entry: UInt64, in bytes: UnsafeRawBufferPointer) throws(Misfit) -> Int {
        let start = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        let negative = start[0] == UInt8(ascii: "-")
        let first = negative ? 1 : 0
        guard entry.tapePayload - first <= 16 else { throw .outOfRange }
        var value = 0
        for index in first..<entry.tapePayload {
            value = value * 10 + Int(start[index] &- UInt8(ascii: "0"))
        }
        guard value <= wholeLimit else { throw .outOfRange }
        return negative ? -value : value
    }

    /// The significant digits (no leading or trailing zeros), the power of ten they are
    /// multiplied by, and the sign of a number's text.
    private static func digits(_ entry: UInt64, in bytes: UnsafeRawBufferPointer) -> (digits: [UInt8], exponent: Int, negative: Bool) {
        let text = Array(UnsafeRawBufferPointer(rebasing: bytes[entry.tapeOffset..<entry.tapeOffset + entry.tapePayload]))
        var digits: [UInt8] = []
        var exponent = 0, index = 0, afterPoint = false
        let negative = text.first == UInt8(ascii: "-")
        if negative { index = 1 }
        while index < text.count, text[index] | 0x20 != UInt8(ascii: "e") {
            if text[index] == UInt8(ascii: ".") {
                afterPoint = true
            } else {
                if !(digits.isEmpty && text[index] == UInt8(ascii: "0")) { digits.append(text[index] - UInt8(ascii: "0")) }
                if afterPoint { exponent -= 1 }
            }
            index += 1
        }
        if index < text.count {
            exponent += writtenExponent(text[(index + 1)...])
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        return (digits, exponent, negative)
    }

    /// The exponent after `e`, clamped far beyond any whole number's range.
    private static func writtenExponent(_ text: ArraySlice<UInt8>) -> Int {
        var rest = text
        let negative = rest.first == UInt8(ascii: "-")
        if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
        var value = 0
        for digit in rest {
            value = min(value * 10 + Int(digit - UInt8(ascii: "0")), 1_000_000)
        }
        return negative ? -value : value
    }

    /// The whole number the digits make, if they make one within ±2^53.
    private static func wholeValue(_ number: (digits: [UInt8], exponent: Int, negative: Bool)) throws(Misfit) -> Int {
        guard !number.digits.isEmpty else { return 0 }
        guard number.exponent >= 0 else { throw .notWhole }
        guard number.digits.count + number.exponent <= 16 else { throw .outOfRange }
        var value = number.digits.reduce(0) { $0 * 10 + Int($1) }
        for _ in 0..<number.exponent { value *= 10 }
        guard value <= wholeLimit else { throw .outOfRange }
        return number.negative ? -value : value
    }
}
