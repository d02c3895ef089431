/// Dates and times written as zero-padded decimal fields straight into one string.
///
/// A large report writes dates by the hundred thousand (every late learning talk has three),
/// and building each field with `String(value)`, padding it and joining the pieces by
/// interpolation cost several times as much as writing the digits. The text is the same: a
/// field is zero-padded to its width, and one that does not fit (a year after 9999, a
/// negative value) is written as `String(value)` padded with zeros on the left.
enum PaddedDigits {
    /// The fields, each zero-padded to its width, with the ASCII `separators` between them
    /// (one fewer than fields): `string((2026, 4), (2, 2), (17, 2), separators: "--")` is
    /// `2026-02-17`.
    static func string(_ fields: (value: Int, width: Int)..., separators: StaticString) -> String {
        let separatorBytes = UnsafeBufferPointer(start: separators.utf8Start, count: separators.utf8CodeUnitCount)
        guard fields.allSatisfy(fits) else { return slowString(fields, separators: separatorBytes) }
        let count = fields.reduce(separatorBytes.count) { $0 + $1.width }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var position = 0
            for (index, field) in fields.enumerated() {
                if index > 0 {
                    buffer[position] = separatorBytes[index - 1]
                    position += 1
                }
                var value = field.value
                for offset in (0..<field.width).reversed() {
                    buffer[position + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                position += field.width
            }
            return position
        }
    }

    /// `value` in decimal, zero-padded on the left to `width` characters.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func fits(_ field: (value: Int, width: Int)) -> Bool {
        var limit = 1
        for _ in 0..<field.width { limit *= 10 }
        return field.value >= 0 && field.value < limit
    }

    private static func slowString(_ fields: [(value: Int, width: Int)], separators: UnsafeBufferPointer<UInt8>) -> String {
        var text = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { text.unicodeScalars.append(Unicode.Scalar(separators[index - 1])) }
            text += pad(field.value, field.width)
        }
        return text
    }
}
