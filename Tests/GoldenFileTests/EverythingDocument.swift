import DocumentTree

/// A document with every block kind and hostile text in every place user text can go.
enum EverythingDocument {
    /// Text that breaks naive renderers: markup, formula prefixes, table pipes, line breaks,
    /// a right-to-left override, backslashes, emphasis characters and Danish letters.
    static let hostile = "<b>fed</b> </style> \"><script>alert('x')</script> & &amp; | a|b *stjerne* _under_ \\back\\ `kode` [link](x) # ~ $ :smile: æøå ÆØÅ \u{202E}omvendt\u{202C}"

    /// Lines that would start Markdown blocks (lists, setext underlines, indented code, quotes), a blank line,
    /// and a backslash at the end.
    static let lineStarts = "- ikke en liste\n+ heller ikke\n1. ikke nummereret\n2) heller ikke\n=== ikke en overskrift\n    ikke kode\n> ikke citat\n\nlinje efter tom linje\\"

    /// The document.
    static let document = Document(
        metadata: DocumentMetadata(
            title: "Alt i ét <dokument> & \"citat\"",
            subject: "Emne: *prøve* | test",
            date: "17.02.2026",
            language: .danish,
            slug: "everything"
        ),
        blocks: [
            .heading(level: 2, text: "Overskrift med # og <tags>"),
            .paragraph(InlineText([.text("Almindelig tekst, "), .emphasis("fremhævet"), .text(" og "), .strong("fed"), .text(".")])),
            .paragraph(InlineText(hostile)),
            .paragraph(InlineText(lineStarts)),
            .heading(level: 4, text: "Springer et niveau over"),
            .list(ListBlock(style: .bulleted, paragraphs: ["Første punkt", "Andet punkt\nmed linjeskift", InlineText(hostile)])),
            .list(ListBlock(style: .numbered(start: 3), paragraphs: ["Tre", "Fire"])),
            .list(ListBlock(style: .bulleted, items: [
                [.paragraph("Punkt med indhold"), .paragraph("Andet afsnit i punktet")],
                [.paragraph("Punkt to")],
            ])),
            .table(Table(
                name: "status",
                caption: "Status på tiltag",
                columns: [.init(title: "Tiltag", key: "measure"), .init(title: "Ansvarlig", key: "responsible"), .init(title: "Note", key: "note")],
                rows: [
                    ["Skærmvæg", "Leder", "=SUM(A1:A2)"],
                    ["Alarm|kald", "+45 12 34 56 78", "-3"],
                    ["@kommando", "\tfane", "linje 1\nlinje 2"],
                    ["", "-2+3", "\"citat\", komma; semikolon"],
                    [InlineText(hostile), InlineText(String(repeating: "lang ", count: 2_000)), "\rstart med CR"],
                ],
                firstColumnIsRowHeader: true
            )),
            .field(Field(number: "1", label: "Hvad er problemet?", answeredBy: "Arbejdsgruppen", answer: nil, writingLines: 3)),
            .field(Field(number: "2", label: InlineText([.text("Hvem "), .emphasis("gør"), .text(" hvad?")]), answer: ["Første svar.", InlineText(hostile)])),
            .descriptionList(DescriptionList(items: [
                .init(label: "Borger", value: ""),
                .init(label: "Dato", value: "17.02.2026"),
                .init(label: "Note <x>", value: InlineText(hostile)),
            ])),
            .callout(Callout(kind: .note, title: "OBS", blocks: [.paragraph("Husk at *skrive* under.")])),
            .callout(Callout(kind: .fact, title: "FAKTA", blocks: [
                .paragraph("Fakta med en liste:"),
                .list(ListBlock(style: .bulleted, paragraphs: ["a", "b"])),
            ])),
            .callout(Callout(kind: .example, title: "Eksempel", blocks: [.paragraph("Et eksempel.")])),
            .pageBreak,
            .heading(level: 2, text: "Grafer"),
            .chart(Chart(
                name: "incidents-by-month",
                kind: .bar,
                title: "Episoder pr. måned",
                summary: "Flest episoder i marts; et fald derefter.",
                categoryTitle: "Måned",
                valueTitle: "Episoder",
                points: [.init(label: "Januar", value: 4), .init(label: "Februar", value: 6), .init(label: "Marts", value: 9),
                         .init(label: "April", value: 3), .init(label: "Maj <&>", value: 2.5)],
                referenceLines: [.init(label: "Mål", value: 5)]
            )),
            .chart(Chart(
                name: "broset-score",
                kind: .line,
                title: "BVC-score over en uge",
                summary: "Scoren steg til 3 onsdag og faldt igen.",
                categoryTitle: "Dag",
                valueTitle: "Score",
                points: [.init(label: "Man", value: 0), .init(label: "Tir", value: 1), .init(label: "Ons", value: 3),
                         .init(label: "Tor", value: 2), .init(label: "Fre", value: -1)],
                referenceLines: [.init(label: "Forhøjet risiko", value: 1), .init(label: "Høj risiko", value: 3)]
            )),
        ]
    )
}
