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
        items.reduce(0) { $0 + ($1.minutes ?? 0) }
    }

    /// Whether every item has a time of its own.
    public var isFullyTimed: Bool {
        items.allSatisfy { $0.minutes != nil }
    }
}

extension MeetingAgenda {
    /// Checks the agenda found at `path`: a positive length, non-negative item times, and item
    /// times that add up to the length (exactly when every item is timed, at most otherwise).
    public func validate(at path: FieldPath) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if lengthMinutes <= 0 {
            diagnostics.append(.error("agenda.nonPositiveLength", at: path.key("lengthMinutes"),
                "a meeting must last at least one minute"))
        }
        for (index, item) in items.enumerated() where (item.minutes ?? 0) < 0 {
            diagnostics.append(.error("agenda.negativeMinutes", at: path.key("items").index(index).key("minutes"),
                "an agenda item cannot take a negative number of minutes"))
        }
        if isFullyTimed ? scheduledMinutes != lengthMinutes : scheduledMinutes > lengthMinutes {
            diagnostics.append(.error("agenda.timingsDoNotAddUp", at: path.key("lengthMinutes"),
                "the agenda items take \(scheduledMinutes) minutes but the meeting lasts \(lengthMinutes)"))
        }
        return diagnostics
    }
}
