extension TextBuffer {
    /// Appends user text as a double-quoted CSS string, safe inside a `<style>` element.
    ///
    /// `\` and `"` get a backslash; line breaks and tabs become a space; `<` and `>` become the
    /// escapes `\3c ` and `\3e `, so no text can close the style element; control characters
    /// that HTML forbids are dropped.
    mutating func appendCSSString(_ text: String) {
        append(byte: UInt8(ascii: "\""))
        text.withUTF8Bytes { input in
            appendEscaping(input, isPlain: { _ in false }) { input, index in
                switch input[index] {
                case UInt8(ascii: "\\"): Replacement("\\\\")
                case UInt8(ascii: "\""): Replacement("\\\"")
                case UInt8(ascii: "<"): Replacement("\\3c ")
                case UInt8(ascii: ">"): Replacement("\\3e ")
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): Replacement(" ")
                case 0x00..<0x20, 0x7F: Replacement("")
                case 0xC2 where Self.isC1Control(input, at: index): Replacement("", length: 2)
                default: nil
                }
            }
        }
        append(byte: UInt8(ascii: "\""))
    }
}
