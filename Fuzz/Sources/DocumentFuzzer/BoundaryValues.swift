/// The values an edit puts into an example: the limits of every number type, dates and times at
/// and past their ends, and text that every format must escape or neutralise.
enum BoundaryValues {
    static let all: [JSONValue] = numbers.map(JSONValue.integer) + decimals.map(JSONValue.number)
        + texts.map(JSONValue.string) + [.null, .bool(true), .bool(false), .array([]), .object([:])]

    private static let numbers: [Int] = [
        0, 1, -1, 2, 7, 12, 24, 31, 53, 59, 60, 100, 365, 1_440, 9_999, 10_000, 100_000, 1_000_000_000,
        1 << 31, -(1 << 31), 1 << 53, (1 << 53) + 1, -(1 << 53), Int.max, Int.min,
    ]

    private static let decimals: [Double] = [0.5, -0.5, 1e308, -1e308, 1.7976931348623157e308, Double.leastNonzeroMagnitude, 1e15, 123.456]

    private static let texts: [String] = [
        "", " ", "x", "0", "-1", "1e308", "2026-02-29", "2024-02-29", "2026-12-31", "0001-01-01", "9999-12-31",
        "2026-13-01", "2026-00-10", "00:00", "23:59", "24:00", "12:60", "-01:00", "da", "en",
        "https://example.org/a_b*c", "www.example.org", "<http://example.org>", "navn@example.org",
        "![x](y)", "=1+2", "@SUM(A1)", "<script>alert(1)</script>", "a\"b,c\nd", "\u{202E}abc\u{202C}",
        "\u{2066}x\u{2069}", "\u{0}", "\r\n", "|", "# heading", "*", "\u{1F469}\u{200D}\u{1F467}",
        String(repeating: "lang ", count: 400),
    ]
}
