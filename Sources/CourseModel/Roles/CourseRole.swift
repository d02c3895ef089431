public import DocumentTree
import ForebygCore

/// A role in the prevention course (*forebyggelsesforløbet*) of seed 000.
///
/// One person may hold several roles: the daily manager is also a member of the
/// implementation group, and a facilitator (*tovholder*) is a member of a working group and
/// may also sit in the implementation group. In JSON a role is its raw value, for example
/// `"facilitator"`.
public enum CourseRole: String, CaseIterable, Codable, Sendable {
    /// *Øverste leder*: the top manager, for example the *forstander*; sets the frame for the course.
    case topManager
    /// *Daglig leder*: the day-to-day manager, project lead and member of the implementation group.
    case dailyManager
    /// *Implementeringsgruppe*: the implementation group (daglig leder, AMR, TR, other key people),
    /// which plans and co-ordinates the course.
    case implementationGroup
    /// *Tovholder*: the facilitator of a working group's story meetings and its link to the
    /// implementation group; one or two people, elected by the group.
    case facilitator
    /// *Skribent*: an optional scribe from the working group who takes notes and fills in
    /// støtteark 4 for the facilitator.
    case scribe
    /// *Arbejdsgruppe*: a member of a working group of 3–8 employees (including the facilitator)
    /// that meets for the story meetings (*praksisfortællingsmøder*).
    case workingGroup
    /// *Øvrige medarbejdere*: the employees outside the working groups, kept informed and
    /// involved when proposals are implemented.
    case otherEmployees
    /// *MED-udvalg / arbejdsmiljøorganisation*: the works council or the workplace's occupational
    /// health and safety organisation, consulted and informed where relevant.
    case worksCouncil

    /// The old name of ``label(in:)``.
    @available(*, deprecated, renamed: "label(in:)")
    public func name(in language: Language) -> String {
        label(in: language)
    }

    /// The role's name in the given language (the Danish name is the seed's).
    public func label(in language: Language) -> String {
        CourseModelStrings.for(language).roleNames(self)
    }
}
