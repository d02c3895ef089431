extension TextBuffer {
    /// Where escaped Markdown text goes, which decides what a line break becomes.
    enum MarkdownContext {
        /// A paragraph or list item: a line break is a hard line break (`\` at the line end), and
        /// every new line is protected against starting a block (list marker, setext underline…).
        case block
        /// A table cell or heading, which must stay on one line: a line break is `<br>`.
        case line
    }

    /// Where the Markdown escaper is within the current paragraph, carried across spans.
    struct MarkdownLineState {
        /// Whether nothing but whitespace has been written on the current line.
        var atLineStart = true
        /// Line breaks seen but not yet written: a break at the very end of a paragraph is dropped,
        /// because Markdown cannot end a paragraph in a hard line break.
        var pendingBreaks = 0
    }

    /// Appends user text escaped for GitHub-flavoured Markdown, so that it reads back as typed.
    ///
    /// Every ASCII punctuation character Markdown could read as syntax gets a backslash
    /// (backslash, backtick, `* _ [ ] < > # | ~ & $`, `:` before a word character, which could open an
    /// emoji short code, or before `/`, which could open a bare URL, and the `.` after a word `www`).
    /// An e-mail address gets an empty HTML comment (`<!---->`) before its `@`. So no user text
    /// becomes a link or an image on GitHub (cmark-gfm's autolink extension) or in pandoc. At the start of a line, spaces and tabs become `&#32;`/`&#9;` and
    /// `-`, `+`, `=` and the `.` or `)` after digits are escaped, so no line can start a list,
    /// a heading underline, a thematic break or an indented code block.
    mutating func appendMarkdown(_ text: String, context: MarkdownContext, state: inout MarkdownLineState) {
        text.withUTF8Bytes { input in
            var runStart = 0
            var index = 0
            let count = input.count
            func flushRun(upTo end: Int) {
                if runStart < end { append(UnsafeBufferPointer(rebasing: input[runStart..<end])) }
            }
            while index < count {
                if !state.atLineStart && state.pendingBreaks == 0 {
                    index = Self.endOfPlainRun(input, from: index)
                    if index == count { break }
                }
                let byte = input[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    flushRun(upTo: index)
                    let isCRLF = byte == UInt8(ascii: "\r") && index + 1 < count && input[index + 1] == UInt8(ascii: "\n")
                    index += isCRLF ? 2 : 1
                    runStart = index
                    switch context {
                    case .block: state.pendingBreaks += 1
                    case .line: append(markup: "<br>")
                    }
                    continue
                }
                if state.pendingBreaks > 0 {
                    flushRun(upTo: index)
                    runStart = index
                    flushPendingBreaks(&state)
                }
                if state.atLineStart {
                    if let lineStartEscape = Self.lineStartEscape(input, at: index, context: context) {
                        flushRun(upTo: index)
                        appendLineStartEscape(lineStartEscape, input: input, at: index)
                        index += lineStartEscape.length
                        runStart = index
                        state.atLineStart = lineStartEscape.staysAtLineStart
                        continue
                    }
                    state.atLineStart = false
                }
                if Self.needsBackslash(input, at: index) {
                    flushRun(upTo: index)
                    append(byte: UInt8(ascii: "\\"))
                    runStart = index
                } else if Self.opensEmailAutolink(input, at: index) {
                    flushRun(upTo: index)
                    append(markup: "<!---->")
                    runStart = index
                }
                index += 1
            }
            flushRun(upTo: count)
        }
    }

    /// Writes the line breaks held back in `state`, as hard line breaks.
    mutating func flushPendingBreaks(_ state: inout MarkdownLineState) {
        guard state.pendingBreaks > 0 else { return }
        for _ in 0..<state.pendingBreaks { append(markup: "\\\n") }
        state.pendingBreaks = 0
        state.atLineStart = true
    }

    /// A rewrite needed at the start of a line.
    private struct LineStartEscape {
        /// How many input bytes it covers.
        var length: Int
        /// Whether the line is still blank after it (true after leading whitespace).
        var staysAtLineStart: Bool
    }

    /// The rewrite needed at `index`, at the start of a line, if any.
    private static func lineStartEscape(
        _ input: UnsafeBufferPointer<UInt8>, at index: Int, context: MarkdownContext
    ) -> LineStartEscape? {
        switch input[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            return LineStartEscape(length: 1, staysAtLineStart: true)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            return context == .block ? LineStartEscape(length: 1, staysAtLineStart: false) : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard context == .block else { return nil }
            var end = index
            while end < input.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(input[end]) { end += 1 }
            guard end < input.count, input[end] == UInt8(ascii: ".") || input[end] == UInt8(ascii: ")") else { return nil }
            return LineStartEscape(length: end - index + 1, staysAtLineStart: false)
        default:
            return nil
        }
    }

    /// Writes the rewrite of the `escape.length` bytes at `index`.
    private mutating func appendLineStartEscape(_ escape: LineStartEscape, input: UnsafeBufferPointer<UInt8>, at index: Int) {
        switch input[index] {
        case UInt8(ascii: " "): append(markup: "&#32;")
        case UInt8(ascii: "\t"): append(markup: "&#9;")
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let end = index + escape.length - 1
            append(UnsafeBufferPointer(rebasing: input[index..<end]))
            append(byte: UInt8(ascii: "\\"))
            append(byte: input[end])
        default:
            append(byte: UInt8(ascii: "\\"))
            append(byte: input[index])
        }
    }

    /// The index of the first byte at or after `index` that is not ``isPlainMarkdownByte(_:)``
    /// (or the end): mid-line, such a run is copied unchanged, so the escaper skips it in one
    /// tight loop instead of going through every rule byte by byte.
    private static func endOfPlainRun(_ input: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < input.count, isPlainMarkdownByte(input[end]) { end += 1 }
        return end
    }

    /// Whether a byte never needs escaping in the middle of a line: an ASCII letter or digit,
    /// a space, `,`, or any byte of a multi-byte UTF-8 character (æ, ø, å…). (A `.` may end
    /// `www`, which GitHub would make a link.)
    private static func isPlainMarkdownByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
            || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
    }

    /// Whether the byte at `index` is Markdown syntax anywhere in a line.
    private static func needsBackslash(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch input[index] {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "$"):
            return true
        case UInt8(ascii: ":"):
            guard index + 1 < input.count else { return false }
            let next = input[index + 1]
            return next >= 0x80 || isWordByte(next) || next == UInt8(ascii: "/")
        case UInt8(ascii: "."):
            return endsWWW(input, at: index)
        default:
            return false
        }
    }

    /// Whether the `.` at `index` ends a word `www` (any case), which GitHub's autolink extension
    /// would make a link: `www\.` is not one, and reads back as `www.`.
    private static func endsWWW(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 3, input[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) else { return false }
        return index == 3 || !isAlphanumeric(input[index - 4])
    }

    /// Whether the `@` at `index` sits between the local part and the domain of an e-mail
    /// address, which GitHub's autolink extension would make a `mailto:` link even when the `@`
    /// is escaped. An empty HTML comment before it splits the text, so the address is no
    /// longer one piece of text, and reads back as nothing.
    private static func opensEmailAutolink(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard input[index] == UInt8(ascii: "@"), index > 0, index + 1 < input.count else { return false }
        let previous = input[index - 1]
        let isLocalByte = isAlphanumeric(previous) || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "+")
            || previous == UInt8(ascii: "-") || previous == UInt8(ascii: "_")
        let next = input[index + 1]
        return isLocalByte && (isAlphanumeric(next) || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next == UInt8(ascii: "_"))
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// Whether an ASCII byte is a letter, digit, `_`, `+` or `-` (the characters of emoji short codes).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }
}
