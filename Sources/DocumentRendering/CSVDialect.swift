/// The flavour of comma-separated values a ``CSVRenderer`` writes.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180: comma separator, CRLF line ends, UTF-8 without a byte order mark.
    case rfc4180
    /// What Excel with Danish regional settings opens directly: semicolon separator,
    /// UTF-8 with a byte order mark, CRLF line ends.
    case danishExcel
}
