public import ForebygCore

/// A meeting's fixed agenda: its length and its items in order.
///
/// The seed's meeting formats have fixed agendas: the *beboerkonference* lasts 1½ hours with
/// timed items, the *tavlemøde* about 15 minutes with untimed ones. When items carry minutes,
/// ``validate(at:)`` checks that they add up to the meeting's length.
public struct MeetingAgenda: Codable, Hashable, Sendable {
    /// The meeting's length in minutes (90 for a beboerkonference, 15 for a tavlemøde).
    public var lengthMinutes: Int
    /// The agenda items, in the order they are taken.
    public var items: [AgendaItem]

    /// Creates an agenda.
    public init(lengthMinutes: Int, items: [AgendaItem]) {
        self.lengthMinutes = lengthMinutes
        self.items = items
    }

    /// The sum of the items' minutes, counting untimed items as 0.
    public var scheduledMinutes: Int {
        items.reduce(0) { total, item in
            let (sum, overflow) = total.addingReportingOverflow(item.minutes ?? 0)
            return overflow ? (total > 0 ? Int.max : Int.min) : sum
        }
    }

    /// Whether every item has a time of its own.
    public var isFullyTimed: Bool {
        items.allSatisfy { $0.minutes != nil }
    }
}

extension MeetingAgenda {
    /// A meeting's length, 1–480 minutes: a tavlemøde takes minutes and a beboerkonference an hour or two; a working day at most.
    public static let lengthBounds = IntegerBounds(
        "lengthMinutes", 1...480, because: "a meeting of minutes or hours, a working day at most", code: .agendaLengthOutOfBounds)
    /// An agenda item's minutes, 0–480: no more than the longest meeting.
    public static let itemMinutesBounds = IntegerBounds(
        "minutes", 0...480, because: "no more than the longest meeting", code: .agendaMinutesOutOfBounds)

    /// Checks the agenda found at `path`: a length of 1–480 minutes, item times of 0–480, and item
    /// times that add up to the length (exactly when every item is timed, at most otherwise).
    public func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics = [Self.lengthBounds.check(lengthMinutes, at: path.key("lengthMinutes"))].compactMap { $0 }
        for (index, item) in items.enumerated() {
            if let error = Self.itemMinutesBounds.check(item.minutes, at: path.key("items").index(index).key("minutes")) {
                diagnostics.append(error)
            }
        }
        if diagnostics.isEmpty, isFullyTimed ? scheduledMinutes != lengthMinutes : scheduledMinutes > lengthMinutes {
            diagnostics.append(.error(.agendaTimingsDoNotAddUp, at: path.key("lengthMinutes"),
                "the agenda items take \(scheduledMinutes) minutes but the meeting lasts \(lengthMinutes)"))
        }
        return diagnostics
    }
}
