/// Writes CSV rows in a dialect into a buffer.
struct CSVWriter {
    /// The options in effect.
    let options: CSVRenderer.Options
    /// The CSV written so far.
    var output: TextBuffer
    /// The separator byte.
    private let separator: UInt8

    /// Creates a writer, starting with the byte order mark when the dialect has one.
    init(options: CSVRenderer.Options, capacity: Int) {
        self.options = options
        output = TextBuffer(capacity: capacity)
        switch options.dialect {
        case .rfc4180:
            separator = UInt8(ascii: ",")
        case .danishExcel:
            separator = UInt8(ascii: ";")
            output.append(markup: "\u{FEFF}")
        }
    }

    /// Writes one row ending in CRLF.
    mutating func writeRow(_ cells: some Sequence<String>) {
        var isFirst = true
        for cell in cells {
            if !isFirst { output.append(byte: separator) }
            isFirst = false
            writeCell(cell)
        }
        output.append(markup: "\r\n")
    }

    /// Writes one cell: neutralised if it could be read as a formula, quoted (with quotes doubled)
    /// if it contains the separator, a quote, CR or LF.
    private mutating func writeCell(_ cell: String) {
        cell.withUTF8Bytes { writeCell(bytes: $0) }
    }

    /// Writes one cell's UTF-8 bytes (see the `String` overload), scanning them once for quoting.
    private mutating func writeCell(bytes input: UnsafeBufferPointer<UInt8>) {
        let neutralizes = options.neutralizesFormulas && Self.looksLikeFormula(input)
        let separator = separator
        let needsQuotes = input.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            if neutralizes { output.append(byte: UInt8(ascii: "'")) }
            output.append(input)
            return
        }
        output.append(byte: UInt8(ascii: "\""))
        if neutralizes { output.append(byte: UInt8(ascii: "'")) }
        var runStart = 0
        for index in input.indices where input[index] == UInt8(ascii: "\"") {
            output.append(UnsafeBufferPointer(rebasing: input[runStart...index]))
            output.append(byte: UInt8(ascii: "\""))
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: input[runStart...]))
        output.append(byte: UInt8(ascii: "\""))
    }

    /// Whether a spreadsheet could read the cell as a formula: it starts with `=`, `+`, `-`, `@`,
    /// tab or carriage return, and is not a plain number such as `-3` or `-2.5`.
    static func looksLikeFormula(_ cell: String) -> Bool {
        cell.withUTF8Bytes { looksLikeFormula($0) }
    }

    /// Whether a spreadsheet could read the cell's UTF-8 bytes as a formula (see the `String` overload).
    static func looksLikeFormula(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = cell.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainNumber(cell.dropFirst())
        default: return false
        }
    }

    /// Whether the bytes are digits with at most one `.` between digits.
    private static func isPlainNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        return !bytes.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }
}
