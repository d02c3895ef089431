/// The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): escaping and line folding.
enum ICalendarText {
    /// Escapes a TEXT value: `\` `;` `,` get a backslash, every line break becomes `\n`, and
    /// other control characters (which TEXT cannot hold), except the tab, become a space.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            case "\t": escaped.append(character)
            case _ where isControl(character): escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether the character is a control character (Unicode general category Cc).
    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// A parameter value (such as `CN`): quoted when it holds `:` `;` or `,`; double quotes and
    /// control characters, which a parameter cannot hold, become an apostrophe and a space.
    static func parameterValue(_ text: String) -> String {
        let cleaned = String(text.map { character -> Character in
            if character == "\"" { return "'" }
            return isControl(character) ? " " : character
        })
        return cleaned.contains(where: { ":;,".contains($0) }) ? "\"\(cleaned)\"" : cleaned
    }

    /// Folds a content line into lines of at most 75 octets (UTF-8 bytes, without the line
    /// break), each continuation starting with one space, and ends every line with CRLF.
    /// A character (grapheme cluster) is never split across lines.
    static func fold(_ line: String, limit: Int = 75) -> String {
        var folded = ""
        var octets = 0
        var lineStart = 0
        for character in line {
            let size = character.utf8.count
            if octets + size > limit, octets > lineStart {
                folded += "\r\n "
                octets = 1
                lineStart = 1
            }
            folded.append(character)
            octets += size
        }
        return folded + "\r\n"
    }
}
