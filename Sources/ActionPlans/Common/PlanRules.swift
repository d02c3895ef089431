import ForebygCore

/// Validation rules shared by the plan types.
enum PlanRules {
    /// An error when nobody is responsible, or when a responsible entry is blank.
    ///
    /// The rules take their paths as autoclosures: a path is built only for a diagnostic, not
    /// for every row of a large plan that has none.
    static func responsibleDiagnostics(_ responsible: [String], at path: @autoclosure () -> FieldPath) -> [Diagnostic] {
        if responsible.isEmpty {
            return [.error(.planNoResponsible, at: path(), "nobody is responsible; name a person or a role")]
        }
        return responsible.indices.compactMap { index in
            isBlank(responsible[index])
                ? .error(.planNoResponsible, at: path().index(index), "a responsible person or role is blank") : nil
        }
    }

    /// Errors for status entries dated after the plan's "as of" date, and for entries with neither status nor note.
    static func statusDateDiagnostics(_ history: [StatusEntry], asOf: CalendarDate?, at path: @autoclosure () -> FieldPath) -> [Diagnostic] {
        history.indices.flatMap { index -> [Diagnostic] in
            let entry = history[index]
            var diagnostics: [Diagnostic] = []
            if let asOf, let date = entry.date, date > asOf {
                diagnostics.append(.error(
                    .planStatusAfterAsOf, at: path().index(index).key("date"),
                    "the status is dated \(date), after the plan's status date \(asOf)"))
            }
            if entry.status == nil, isBlank(entry.note ?? "") {
                diagnostics.append(.error(.planEmptyStatus, at: path().index(index), "a status entry needs a status or a note"))
            }
            return diagnostics
        }
    }

    /// Whether text is empty or only white space.
    /// Times per interval 1–1000: a thousand times a day is more often than every two minutes of a waking day.
    static let timingCountBounds = IntegerBounds(
        "count", 1...1000, because: "a thousand times per interval is more than any plan holds", code: .planTimingCountOutOfBounds)

    /// Errors for timings whose count is outside ``timingCountBounds`` (decoding rejects a
    /// count below 1; a timing built in code is checked here).
    static func timingDiagnostics(_ timing: [Timing], at path: @autoclosure () -> FieldPath) -> [Diagnostic] {
        timing.indices.compactMap { index in
            guard case .timesPer(let count, _) = timing[index], !timingCountBounds.range.contains(count) else { return nil }
            return timingCountBounds.check(count, at: path().index(index).key("count"))
        }
    }

    /// An error when an identifier is empty or blank: it could not be referred to.
    static func identifierDiagnostic<Tag>(_ id: Identifier<Tag>, at path: @autoclosure () -> FieldPath) -> Diagnostic? {
        isBlank(id.rawValue) ? .error(.planEmptyID, at: path(), "the id is empty; give it a name that other entries can refer to") : nil
    }

    /// Whether a text is empty or only whitespace. A text that starts with a visible ASCII
    /// character is answered from its first byte, without breaking it into characters.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != UInt8(ascii: " "), !(0x09...0x0D).contains(first) {
            return false
        }
        return text.allSatisfy(\.isWhitespace)
    }
}
