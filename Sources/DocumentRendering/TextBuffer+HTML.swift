extension TextBuffer {
    /// What an HTML escaper writes for a line break in user text.
    enum HTMLNewline {
        /// A `<br>` element, for running text and table cells.
        case lineBreak
        /// A space, for attribute values and the `<title>` element.
        case space
    }

    /// Appends user text escaped for HTML text content or a double-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become character references; CR LF, CR and LF become `newline`;
    /// control characters that HTML forbids (C0 other than tab and line ends, DEL, C1) are dropped.
    mutating func appendHTML(_ text: String, newline: HTMLNewline = .lineBreak) {
        text.withUTF8Bytes { input in
            var runStart = 0
            var index = 0
            let count = input.count
            while index < count {
                index = Self.endOfPlainHTMLRun(input, from: index)
                if index == count { break }
                let byte = input[index]
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case UInt8(ascii: "\n"):
                    replacement = newline == .lineBreak ? "<br>" : " "
                case UInt8(ascii: "\r"):
                    replacement = newline == .lineBreak ? "<br>" : " "
                    if index + 1 < count, input[index + 1] == UInt8(ascii: "\n") { skip = 2 }
                case UInt8(ascii: "\t"):
                    index += 1
                    continue
                case 0x00..<0x20, 0x7F: replacement = ""
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(input[index + 1]):
                    replacement = ""
                    skip = 2
                default:
                    index += 1
                    continue
                }
                if runStart < index { append(UnsafeBufferPointer(rebasing: input[runStart..<index])) }
                if let replacement { append(markup: replacement) }
                index += skip
                runStart = index
            }
            if runStart < count { append(UnsafeBufferPointer(rebasing: input[runStart..<count])) }
        }
    }

    /// The index of the first byte at or after `index` that is not ``isPlainHTMLByte(_:)`` (or
    /// the end), so that the escaper skips runs of ordinary text in one tight loop.
    private static func endOfPlainHTMLRun(_ input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < input.count, isPlainHTMLByte(input[end]) { end += 1 }
        return end
    }

    /// Whether a byte is copied unchanged: printable ASCII other than `& < > " '`, or a byte of
    /// a multi-byte UTF-8 character other than the lead byte 0xC2 (which starts the C1 controls).
    private static func isPlainHTMLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F, 0xC2: false
        default: byte >= 0x20
        }
    }

}
