extension TextBuffer {
    /// Appends user text escaped for XML 1.0 text content or a double-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become character references. The characters XML 1.0 forbids
    /// (C0 controls other than tab, line feed and carriage return; U+FFFE and U+FFFF) and those
    /// it discourages and Word may refuse (DEL and the C1 controls) become U+FFFD REPLACEMENT
    /// CHARACTER, so that a reader sees that something was there. Tab, line feed and carriage
    /// return are copied: a run splits them off first (see ``appendWordRunText(_:)``).
    mutating func appendXML(_ text: String) {
        text.withUTF8Bytes { appendXML(bytes: $0) }
    }

    /// Appends UTF-8 bytes of user text escaped for XML 1.0 (see the `String` overload).
    private mutating func appendXML(bytes input: UnsafeBufferPointer<UInt8>) {
        appendEscaping(input, isPlain: { _ in false }) { input, index in
            if let reference = Self.markupCharacterReference(input[index]) { return reference }
            return switch input[index] {
            case 0x09, 0x0A, 0x0D: nil
            case 0x00..<0x20, 0x7F: Replacement("\u{FFFD}")
            case 0xC2 where Self.isC1Control(input, at: index): Replacement("\u{FFFD}", length: 2)
            case 0xEF where index + 2 < input.count && input[index + 1] == 0xBF && (input[index + 2] == 0xBE || input[index + 2] == 0xBF):
                Replacement("\u{FFFD}", length: 3)
            default: nil
            }
        }
    }

    /// Appends the inside of a `w:r` for user text: `w:t` elements (with `xml:space="preserve"`,
    /// so that leading, trailing and repeated spaces are kept), `w:tab` for a tab and `w:br` for a
    /// line break (CR LF, CR or LF).
    mutating func appendWordRunText(_ text: String) {
        text.withUTF8Bytes { input in
            var segmentStart = 0
            var index = 0
            while index < input.count {
                let byte = input[index]
                guard byte == 0x09 || byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                appendWordTextElement(UnsafeBufferPointer(rebasing: input[segmentStart..<index]))
                append(markup: byte == 0x09 ? "<w:tab/>" : "<w:br/>")
                index += 1
                if byte == 0x0D, index < input.count, input[index] == 0x0A { index += 1 }
                segmentStart = index
            }
            appendWordTextElement(UnsafeBufferPointer(rebasing: input[segmentStart...]))
        }
    }

    /// Appends one `w:t` element, unless the text is empty.
    private mutating func appendWordTextElement(_ text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        append(markup: "<w:t xml:space=\"preserve\">")
        appendXML(bytes: text)
        append(markup: "</w:t>")
    }
}
