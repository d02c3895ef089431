import DocumentTree
import ForebygCore

/// Small builders shared by the module's document mappings.
enum DocumentBlocks {
    static func heading(_ text: String, level: Int = 2) -> Block {
        .heading(level: level, text: InlineText(text))
    }

    static func paragraphs(_ texts: [String]) -> [Block] {
        texts.map { .paragraph(InlineText($0)) }
    }

    static func bullets(_ texts: [String]) -> Block {
        .list(ListBlock(style: .bulleted, paragraphs: texts.map { InlineText($0) }))
    }

    static func numbered(_ texts: [String]) -> Block {
        .list(ListBlock(style: .numbered(start: 1), paragraphs: texts.map { InlineText($0) }))
    }

    /// An agenda as a table: step, item, led by, minutes, content.
    static func agendaTable(_ items: [AgendaItem], name: String, in language: Language) -> Table {
        let strings = CourseModelStrings.for(language)
        return Table(
            name: name,
            columns: [
                .init(title: strings.step, key: "step"), .init(title: strings.item, key: "item"),
                .init(title: strings.lead, key: "led_by"), .init(title: strings.minutes, key: "minutes"),
                .init(title: strings.details, key: "details"),
            ],
            rows: items.map { item in
                [
                    InlineText(String(item.step)), InlineText(item.title),
                    InlineText(item.lead?.label(in: language) ?? ""), InlineText(item.minutes.map(String.init) ?? ""),
                    InlineText((item.details + item.questions.map { "• \($0)" }).joined(separator: "\n")),
                ]
            })
    }

    /// The phases as a timeline table; `sparring` inserts the sparringsmøder of støtteark 5.
    static func timelineTable(name: String, sparring: Bool, in language: Language) -> Table {
        let strings = CourseModelStrings.for(language)
        return Table(
            name: name,
            columns: [
                .init(title: strings.phase, key: "phase"), .init(title: strings.span, key: "span"),
                .init(title: strings.activities, key: "activities"), .init(title: strings.timeUse, key: "hours"),
            ],
            rows: CoursePhase.allCases.map { phase in
                let activities = sparring ? phase.activitiesWithSparring : phase.activities
                return [
                    InlineText("\(phase.number). \(phase.danishName)"), InlineText(phase.span),
                    InlineText(activities.joined(separator: "\n")), InlineText(phase.timeUse.joined(separator: "\n")),
                ]
            },
            firstColumnIsRowHeader: true)
    }
}

extension CoursePhase {
    /// The activities with støtteark 5's two sparringsmøder in phase 3, after the second and
    /// the fifth story meeting (the seed's graphic is lost in the text; see the docs).
    var activitiesWithSparring: [String] {
        guard self == .discussion else { return activities }
        var result = activities
        result.insert("Sparringsmøde", at: 7)
        result.insert("Sparringsmøde", at: 2)
        return result
    }
}
