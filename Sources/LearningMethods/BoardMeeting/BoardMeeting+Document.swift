public import DocumentTree
import ForebygCore

extension BoardMeeting {
    /// The meeting as a document: header, agenda, the quality board (goals, status, one chart
    /// per figure), the improvement board (cards by field), agreements, and the seed's rules.
    public func document(in language: Language) -> Document {
        let strings = LearningMethodsStrings.for(language)
        let blocks = header(strings, language)
            + [.heading(strings.agenda), agenda.table(strings)]
            + qualityBlocks(strings, language) + improvementBlocks(strings, language) + agreementBlocks(strings) + ruleBlocks(strings)
        return SeedSource.learningBooklet.document(
            title: strings.boardMeeting, subject: workplace, date: date,
            language: language, slug: "tavlemoede", blocks: blocks)
    }

    private func header(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.descriptionList([
            (strings.focusArea, focusArea),
            (strings.date, date?.formatted(in: language) ?? ""),
            (strings.facilitator, facilitator?.rawValue ?? ""),
            (strings.nextMeeting, nextMeeting?.formatted(in: language) ?? ""),
            ("\(strings.facilitator) (\(strings.nextMeeting.lowercased()))", nextFacilitator?.rawValue ?? ""),
        ])]
    }

    private func qualityBlocks(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.heading(strings.qualityBoard),
         Block.field(strings.goals, entries: goals),
         Block.field(strings.status, entries: status)]
            + measures.flatMap { measure in
                [.chart(chart(for: measure, strings, language))] + (measure.note.map { [Block.paragraph($0)] } ?? [])
            }
    }

    private func chart(for measure: BoardMeasure, _ strings: LearningMethodsStrings, _ language: Language) -> Chart {
        var chart = Chart(
            name: measure.name, kind: measure.style == .bar ? .bar : .line, title: measure.title,
            summary: measure.title,
            categoryTitle: strings.period, valueTitle: measure.unit,
            points: measure.points.map { Chart.Point(label: $0.period, value: $0.value) },
            referenceLines: measure.target.map { [Chart.ReferenceLine(label: strings.target, value: $0)] } ?? [],
            language: language)
        if let last = measure.points.last {
            chart.summary = "\(measure.title). \(last.period): \(chart.formatted(last.value))"
        }
        return chart
    }

    private func improvementBlocks(_ strings: LearningMethodsStrings, _ language: Language) -> [Block] {
        [.heading(strings.improvementBoard)]
            + CardState.allCases.flatMap { state in
                [.heading(strings.cardStates(state), level: 3), cardTable(cards(in: state), state, strings, language)]
            }
    }

    private func cardTable(_ cards: [ImprovementCard], _ state: CardState, _ strings: LearningMethodsStrings, _ language: Language) -> Block {
        .table(Table(
            name: state.tableName,
            columns: [
                .init(title: strings.card, key: "proposal"), .init(title: strings.proposedBy, key: "proposed_by"),
                .init(title: strings.deadline, key: "deadline"), .init(title: strings.responsible, key: "responsible"),
                .init(title: strings.forum, key: "forum"), .init(title: strings.followUp, key: "follow_up"),
            ],
            rows: cards.map { card in
                [InlineText(card.proposal), InlineText(card.proposedBy?.rawValue ?? ""),
                 InlineText(card.deadline?.formatted(in: language) ?? ""), InlineText(card.responsible?.rawValue ?? ""),
                 InlineText(card.forum ?? ""), InlineText(card.followUp.joined(separator: "\n"))]
            },
            firstColumnIsRowHeader: true))
    }

    private func agreementBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        [.heading(strings.agreements),
         .table(Table(
            name: "agreements",
            columns: [.init(title: strings.agreements, key: "what"), .init(title: strings.responsible, key: "responsible")],
            rows: agreements.map { [InlineText($0.what), InlineText($0.responsible.rawValue)] }))]
    }

    private func ruleBlocks(_ strings: LearningMethodsStrings) -> [Block] {
        var blocks: [Block] = [
            .callout(Callout(kind: .fact, title: strings.preparation, blocks: [Block.bullets(Self.preparation)])),
            .callout(Callout(kind: .fact, title: strings.rules, blocks: [Block.bullets(Self.rules)])),
        ]
        if !localRules.isEmpty {
            blocks.append(.callout(Callout(kind: .example, title: workplace ?? strings.workplace, blocks: [Block.bullets(localRules)])))
        }
        return blocks
    }
}
