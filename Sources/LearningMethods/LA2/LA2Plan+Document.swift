public import DocumentTree
import ForebygCore

extension LA2Plan {
    /// The plan as a printable form: a header, the seed's description of the plan, its fields
    /// (blank when the plan is), and the dated revisions.
    public func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        return Document(
            metadata: DocumentMetadata(
                title: title(strings), subject: "LA2", date: lastRevised?.formatted(in: language),
                language: language, slug: "la2-\(kind.rawValue)-\(audience.rawValue)"),
            blocks: header(strings, language) + [.paragraph(Self.purpose(of: kind))] + body(strings, language) + [SeedSource.learningBooklet.line(in: language)]
                + revisionBlocks(strings, language))
    }

    /// The plan's title, for example "Min trivselsplan".
    func title(_ strings: LearningMethodsStrings) -> String {
        let titles = strings.planTitles[kind] ?? ("", "")
        return audience == .citizen ? titles.citizen : titles.professionals
    }

    /// The seed's sentence on what the plan is for (Danish content).
    static func purpose(of kind: LA2PlanKind) -> String {
        switch kind {
        case .wellBeing: "For at kunne forebygge kritiske episoder arbejdes med Min trivselsplan og Trivselsplan for fagprofessionelle. Her beskrives borgerens tegn på belastninger, advarselstegn samt ressourcer og tegn på trivsel. Via skemaerne arbejder borger og medarbejder sammen om at fremme trivsel."
        case .safety: "For at kunne håndtere voldsomme episoder arbejdes med Min tryghedsplan og Tryghedsplan for fagprofessionelle. I tryghedsplanerne arbejder borger og medarbejder med at forstå de udløsende årsager og beskrive borgerens adfærd, følelser og mestring samt medarbejdernes støtte før, under og efter en voldsom episode."
        case .learning: "For at opnå læring efter voldsomme episoder bruges Min Læringsplan og Læringsplan for fagprofessionelle. Ved at analysere og reflektere over en konkret voldsom episode både sammen med borgeren og i medarbejdergruppen kan man få indsigt i, hvad der skete op til episoden og bruge indsigten til at forebygge, at en lignende situation opstår igen."
        }
    }

    private func header(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.descriptionList([
            (strings.citizen, citizen.rawValue),
            (strings.staffMember, staffMember?.rawValue ?? ""),
            (strings.workplace, workplace ?? ""),
            (strings.date, lastRevised?.formatted(in: language) ?? ""),
        ])]
    }

    private func body(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        switch kind {
        case .wellBeing: wellBeingBlocks(wellBeing, strings)
        case .safety: safetyBlocks(safety, strings)
        case .learning: learningBlocks(learning, strings, language)
        }
    }

    private func revisionBlocks(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        guard !revisions.isEmpty else { return [] }
        let table = Table(
            name: "revisions",
            columns: [
                .init(title: strings.date, key: "date"), .init(title: strings.by, key: "by"),
                .init(title: strings.change, key: "note"),
            ],
            rows: revisions.map { [InlineText($0.date.formatted(in: language)), InlineText($0.by?.rawValue ?? ""), InlineText($0.note ?? "")] }
        )
        return [.heading(strings.revisions), .table(table)]
    }

    private func wellBeingBlocks(_ content: WellBeingPlanContent?, _ strings: LearningMethodsStrings) -> [Block] {
        let value = content ?? WellBeingPlanContent()
        let sections: [(LA2Section, [String])] = [
            (.signsOfWellBeing, value.signsOfWellBeing), (.resources, value.resources),
            (.signsOfStrain, value.signsOfStrain), (.warningSigns, value.warningSigns), (.ownCoping, value.ownCoping),
        ]
        return sections.map { Block.field(strings.sections($0.0), entries: $0.1) }
            + [Block.field(strings.wellBeingStaffSupport, entries: value.staffSupport)]
    }

    private func safetyBlocks(_ content: SafetyPlanContent?, _ strings: LearningMethodsStrings) -> [Block] {
        let value = content ?? SafetyPlanContent()
        let columns: [(LA2Section, String)] = [(.behaviour, "behaviour"), (.feelings, "feelings"), (.coping, "coping"), (.staffSupport, "staff_support")]
        let table = Table(
            name: "phases",
            columns: [.init(title: strings.phase, key: "phase")] + columns.map { .init(title: strings.sections($0.0), key: $0.1) },
            rows: EpisodePhase.allCases.map { phase in
                let entry = value.entry(for: phase)
                let cells = [entry.behaviour, entry.feelings, entry.coping, entry.staffSupport].map { InlineText($0.joined(separator: "\n")) }
                return [InlineText(strings.phases(phase))] + cells
            },
            firstColumnIsRowHeader: true)
        return [Block.field(strings.sections(.triggers), entries: value.triggers),
                .heading(strings.phasesHeading), .table(table)]
    }
}
