extension TextBuffer {
    /// What an escaper writes in place of the user-text bytes at one index: `text` for the next
    /// `length` bytes (an empty `text` drops them).
    struct Replacement {
        /// The markup or character reference written instead.
        let text: StaticString
        /// How many input bytes it replaces (1 for an ASCII character, 2 for CR LF or a C1 control).
        let length: Int

        /// A replacement of `length` bytes, one unless told otherwise.
        init(_ text: StaticString, length: Int = 1) {
            self.text = text
            self.length = length
        }
    }

    /// The one loop of the HTML, XML and CSS escapers: copies runs of bytes unchanged and writes
    /// `replacement(input, index)` wherever it is not `nil`. Bytes for which `isPlain` holds are
    /// never replaced, so the loop skips runs of them without asking `replacement`.
    @inline(__always)
    mutating func appendEscaping(
        _ input: UnsafeBufferPointer<UInt8>, isPlain: (UInt8) -> Bool,
        replacement: (_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Replacement?
    ) {
        var runStart = 0
        var index = 0
        let count = input.count
        while index < count {
            while index < count, isPlain(input[index]) { index += 1 }
            if index == count { break }
            guard let found = replacement(input, index) else {
                index += 1
                continue
            }
            if runStart < index { append(UnsafeBufferPointer(rebasing: input[runStart..<index])) }
            append(markup: found.text)
            index += found.length
            runStart = index
        }
        if runStart < count { append(UnsafeBufferPointer(rebasing: input[runStart..<count])) }
    }

    /// Whether the byte at `index` is the lead byte 0xC2 of a C1 control (U+0080–U+009F).
    static func isC1Control(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        input[index] == 0xC2 && index + 1 < input.count && (0x80...0x9F).contains(input[index + 1])
    }

    /// The character reference HTML and XML both write for `&`, `<`, `>`, `"` and `'`, else `nil`.
    @inline(__always)
    static func markupCharacterReference(_ byte: UInt8) -> Replacement? {
        switch byte {
        case UInt8(ascii: "&"): Replacement("&amp;")
        case UInt8(ascii: "<"): Replacement("&lt;")
        case UInt8(ascii: ">"): Replacement("&gt;")
        case UInt8(ascii: "\""): Replacement("&quot;")
        case UInt8(ascii: "'"): Replacement("&#39;")
        default: nil
        }
    }
}
