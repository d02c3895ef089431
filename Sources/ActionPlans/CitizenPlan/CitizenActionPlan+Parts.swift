public import ForebygCore

extension CitizenActionPlan {
    /// An improvement notice (*påbud*) from the Danish Working Environment Authority (*Arbejdstilsynet*) or another authority.
    public struct ImprovementNotice: Hashable, Sendable, Codable {
        /// Who issued it, for example "Arbejdstilsynet".
        public var issuedBy: String
        /// The day it was issued, if known (seed 004 does not say).
        public var date: CalendarDate?
        /// What it requires, in the notice's words.
        public var summary: String?

        /// Creates a notice.
        public init(issuedBy: String, date: CalendarDate? = nil, summary: String? = nil) {
            self.issuedBy = issuedBy
            self.date = date
            self.summary = summary
        }
    }

    /// A track (*spor*) of the plan, for example "Kompetence og introduktion", with its measures.
    public struct Track: Hashable, Sendable, Codable {
        /// The track's identifier.
        public var id: TrackID
        /// The track's title.
        public var title: String
        /// What the track is about, as paragraphs.
        public var description: [String]
        /// The heading its measures have under *Konkrete tiltag*, when it differs from the title.
        public var measuresHeading: String?
        /// The concrete measures (*konkrete tiltag*).
        public var measures: [Measure]

        /// Creates a track.
        public init(id: TrackID, title: String, description: [String], measuresHeading: String? = nil, measures: [Measure]) {
            self.id = id
            self.title = title
            self.description = description
            self.measuresHeading = measuresHeading
            self.measures = measures
        }
    }

    /// A concrete measure (*tiltag*).
    ///
    /// Seed 004 names a measure one way in its bullet list ("Risikovurderingen er gennemgået og
    /// forenklet") and another in its status table ("Revideret risikovurdering på konkret borger"),
    /// so a measure has both: ``description`` for the list, ``name`` for the status table. Either
    /// may be missing, not both.
    public struct Measure: Hashable, Sendable, Codable {
        /// The measure's identifier, unique within the plan; status entries refer to it.
        public var id: MeasureID
        /// The short name used in status tables.
        public var name: String?
        /// The bullet text under *Konkrete tiltag*.
        public var description: String?
        /// The people or roles responsible; empty means the plan's overall responsible.
        @Defaulted public var responsible: [String]
        /// The day it should be done by.
        public var deadline: CalendarDate?

        /// Creates a measure.
        public init(id: MeasureID, name: String? = nil, description: String? = nil, responsible: [String] = [], deadline: CalendarDate? = nil) {
            self.id = id
            self.name = name
            self.description = description
            self.responsible = responsible
            self.deadline = deadline
        }

        /// The measure's name in a status table: its name, else its description.
        public var title: String {
            name ?? description ?? id.rawValue
        }
    }

    /// The status of the measures on one day (*status pr. 17.02.2026*).
    public struct StatusSnapshot: Hashable, Sendable, Codable {
        /// The day.
        public var date: CalendarDate
        /// One entry per measure reported on, in the table's order.
        public var entries: [Entry]

        /// Creates a snapshot.
        public init(date: CalendarDate, entries: [Entry]) {
            self.date = date
            self.entries = entries
        }

        /// One row of a status table: a measure, its status in the vocabulary and the plan's own words.
        public struct Entry: Hashable, Sendable, Codable {
            /// The measure reported on.
            public var measure: MeasureID
            /// The status; an unknown value is a decoding error.
            public var status: MeasureStatus
            /// The status in the plan's words, verbatim.
            public var note: String?

            /// Creates an entry.
            public init(measure: MeasureID, status: MeasureStatus, note: String? = nil) {
                self.measure = measure
                self.status = status
                self.note = note
            }
        }
    }
}
