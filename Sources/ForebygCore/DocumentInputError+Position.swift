extension DocumentInputError {
    /// Where in the input text a problem is: line and column, both counted from 1.
    public struct Position: Hashable, Sendable, CustomStringConvertible {
        /// The line, counted from 1; lines end at line feeds.
        public var line: Int
        /// The column, counted from 1 in Unicode scalars (characters as most editors count them).
        public var column: Int

        /// Creates a position.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        /// The position of a byte offset in UTF-8 text.
        init(offset: Int, in bytes: UnsafeRawBufferPointer) {
            var line = 1, column = 1
            for byte in bytes.prefix(min(offset, bytes.count)) {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            self.init(line: line, column: column)
        }

        /// `line 3, column 17`.
        public var description: String {
            "line \(line), column \(column)"
        }
    }
}
