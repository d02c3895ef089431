public import DocumentTree
import ForebygCore

extension ResidentConference {
    /// Seed 002's chapter on beboerkonferencer as a printable guide: the summary and definition,
    /// the fixed agenda and roles, the standard agenda (table `agenda`), the rules with the
    /// pointer to the seed's tools, the trial and its evaluation, the footnotes, the seed's
    /// reading and the booklet as source.
    public static func guide(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let roles = ConferenceRole.allCases.compactMap { role in
            role.seedDescription.map { DescriptionList.Item(label: strings.roles(role), value: InlineText($0)) }
        }
        let blocks: [Block] =
            SeedPassage([summary, definition]).blocks()
            + SeedPassage(heading: agendaAndRolesHeading, [agendaAndRoles]).blocks()
            + [.descriptionList(DescriptionList(items: roles)), .paragraph(expertise)]
            + [.heading(strings.agenda), standardAgenda.table(strings)]
            + [.callout(Callout(kind: .fact, title: strings.rules, blocks: [Block.bullets(rules), .paragraph(tools)]))]
            + trial.blocks() + footnotes.map { .paragraph($0) }
            + [SeedPassage.readMoreBox(readMore, in: language), SeedSource.learningBooklet.line(in: language)]
        return Document(
            metadata: DocumentMetadata(title: strings.residentConferenceGuide, subject: strings.residentConference, language: language, slug: "beboerkonference-guide"),
            blocks: blocks)
    }
}
