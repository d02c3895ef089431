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
        let lineEnd: StaticString = newline == .lineBreak ? "<br>" : " "
        text.withUTF8Bytes { input in
            appendEscaping(input, isPlain: Self.isPlainHTMLByte) { input, index in
                if let reference = Self.markupCharacterReference(input[index]) { return reference }
                return switch input[index] {
                case UInt8(ascii: "\n"): Replacement(lineEnd)
                case UInt8(ascii: "\r"):
                    Replacement(lineEnd, length: index + 1 < input.count && input[index + 1] == UInt8(ascii: "\n") ? 2 : 1)
                case UInt8(ascii: "\t"): nil
                case 0x00..<0x20, 0x7F: Replacement("")
                case 0xC2 where Self.isC1Control(input, at: index): Replacement("", length: 2)
                default: nil
                }
            }
        }
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
