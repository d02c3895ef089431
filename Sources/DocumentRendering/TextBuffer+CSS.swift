extension TextBuffer {
    /// Appends user text as a double-quoted CSS string, safe inside a `<style>` element.
    ///
    /// `\` and `"` get a backslash; line breaks and tabs become a space; `<` and `>` become the
    /// escapes `\3c ` and `\3e `, so no text can close the style element; control characters
    /// that HTML forbids are dropped.
    mutating func appendCSSString(_ text: String) {
        append(byte: UInt8(ascii: "\""))
        text.withUTF8Bytes { input in
            var runStart = 0
            var index = 0
            while index < input.count {
                let replacement: StaticString
                var length = 1
                switch input[index] {
                case UInt8(ascii: "\\"): replacement = "\\\\"
                case UInt8(ascii: "\""): replacement = "\\\""
                case UInt8(ascii: "<"): replacement = "\\3c "
                case UInt8(ascii: ">"): replacement = "\\3e "
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): replacement = " "
                case 0x00..<0x20, 0x7F: replacement = ""
                case 0xC2 where index + 1 < input.count && (0x80...0x9F).contains(input[index + 1]):
                    replacement = ""
                    length = 2
                default:
                    index += 1
                    continue
                }
                if runStart < index { append(UnsafeBufferPointer(rebasing: input[runStart..<index])) }
                append(markup: replacement)
                index += length
                runStart = index
            }
            if runStart < input.count { append(UnsafeBufferPointer(rebasing: input[runStart...])) }
        }
        append(byte: UInt8(ascii: "\""))
    }
}
