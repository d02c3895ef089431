import DocumentTree

/// Small documents for the renderer tests.
enum TestDocuments {
    /// A Danish document with the given blocks.
    static func document(_ blocks: [Block], language: Language = .danish) -> Document {
        Document(
            metadata: DocumentMetadata(title: "Titel", subject: "Emne", date: "17.02.2026", language: language, slug: "doc"),
            blocks: blocks
        )
    }

    /// Text that breaks naive renderers.
    static let hostile = "<b>x</b></style>\"><script>alert('x')</script>&amp; | *s* _u_ \\b\\ `c` [l](x) # æøå \u{202E}rtl"

    /// A table with one column.
    static func table(_ rows: [[InlineText]], name: String = "t") -> Table {
        Table(name: name, columns: [.init(title: "Kolonne", key: "column")], rows: rows)
    }
}

/// Parses RFC 4180 CSV text (with the given separator) into rows of cells.
func parseCSV(_ text: String, separator: Character = ",") -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var isQuoted = false
    var characters = Array(text.unicodeScalars.map(Character.init))
    if characters.first == "\u{FEFF}" { characters.removeFirst() }
    var index = 0
    while index < characters.count {
        let character = characters[index]
        if isQuoted {
            if character == "\"" {
                if index + 1 < characters.count, characters[index + 1] == "\"" {
                    cell.append("\"")
                    index += 1
                } else {
                    isQuoted = false
                }
            } else {
                cell.append(character)
            }
        } else if character == "\"" {
            isQuoted = true
        } else if character == separator {
            row.append(cell)
            cell = ""
        } else if character == "\r", index + 1 < characters.count, characters[index + 1] == "\n" {
            row.append(cell)
            rows.append(row)
            row = []
            cell = ""
            index += 1
        } else {
            cell.append(character)
        }
        index += 1
    }
    return rows
}
