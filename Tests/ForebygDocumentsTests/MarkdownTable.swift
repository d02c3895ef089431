import Foundation

/// The body rows of the Markdown tables in a text whose header row starts with given cells, each
/// row as its trimmed cells: how the tests read the tables that list the document kinds.
func markdownTableRows(in text: String, headerStartingWith header: [String]) -> [[String]] {
    var rows: [[String]] = [], inTable = false, afterHeader = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        guard line.hasPrefix("|") else {
            inTable = false
            continue
        }
        let cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if afterHeader {
            afterHeader = false
        } else if inTable {
            rows.append(cells)
        } else if cells.starts(with: header) {
            inTable = true
            afterHeader = true
        }
    }
    return rows
}
