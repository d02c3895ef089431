public import DocumentTree
import ForebygCore

extension LegalReferenceRegister {
    /// The register as a table: each reference with its kind, number, dates, status as of
    /// ``asOf`` ("Gældende", "Afløst af …"), web address and note.
    public func document(in language: Language) -> Document {
        let strings = CourseModelStrings.for(language)
        let lead = asOf.map { "\(strings.statusAsOf) \($0.formatted(in: language))." } ?? strings.statusWithEveryChange
        return Document(
            metadata: DocumentMetadata(
                title: strings.legalReferencesTitle, date: asOf?.formatted(in: language), language: language,
                slug: "legal-references"),
            blocks: [.paragraph(lead), .table(table(in: language))])
    }

    /// The table; its column keys are stable.
    private func table(in language: Language) -> Table {
        let strings = CourseModelStrings.for(language)
        return Table(
            name: "legal-references",
            columns: [
                .init(title: strings.reference, key: "reference"), .init(title: strings.kind, key: "kind"),
                .init(title: strings.number, key: "number"), .init(title: strings.issued, key: "issued"),
                .init(title: strings.inForceFrom, key: "in_force_from"), .init(title: strings.status, key: "status"),
                .init(title: strings.webAddress, key: "url"), .init(title: strings.note, key: "note"),
            ],
            rows: references.map { reference in
                [
                    reference.title, strings.referenceKinds(reference.kind),
                    reference.number ?? "", reference.issued?.formatted(in: language) ?? "",
                    reference.inForceFrom?.formatted(in: language) ?? "",
                    status(of: reference, on: asOf).text(in: language), reference.url ?? "", reference.note ?? "",
                ].map { InlineText($0) }
            },
            firstColumnIsRowHeader: true)
    }
}
