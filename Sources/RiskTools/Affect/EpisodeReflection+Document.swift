public import DocumentTree
import ForebygCore

extension EpisodeReflection {
    /// The filled reflection: header, the five phases with their questions and answers, the
    /// før/under/efter reflection if force was used, and the affect curve as a line chart.
    public func document(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        var blocks: [Block] = [
            .descriptionList([
                (strings.citizen, citizen.rawValue),
                (strings.episodeDate, episodeDate.formatted(in: language)),
                (strings.reflectionDate, reflectionDate.formatted(in: language)),
                (strings.participants, participants.map(\.rawValue).joined(separator: ", ")),
                (strings.citizenTookPart, citizenTookPart ? strings.yes : strings.no),
            ])
        ]
        blocks += AffectPhase.allCases.flatMap { Self.phaseBlocks($0, reflection(for: $0), language) }
        if let restraint {
            blocks += Self.restraintBlocks(restraint, strings, language)
        }
        if let affectCurve {
            blocks += [.heading(strings.affectCurveTitle), .chart(Self.chart(affectCurve, strings, language))]
        }
        return SeedSource.learningBooklet.document(
            metadata: DocumentMetadata(
                title: strings.episodeTitle, subject: strings.episodeSubject, date: reflectionDate.formatted(in: language),
                language: language, slug: "episode-reflection-\(episodeDate.isoString)"),
            blocks: blocks)
    }

    /// A blank, printable reflection sheet: every phase's questions with writing space, and the før/under/efter model.
    public static func blankSheet(in language: Language) -> Document {
        let strings = RiskToolsStrings.for(language)
        let header = Block.descriptionList([
            strings.citizen, strings.episodeDate, strings.reflectionDate, strings.participants, strings.citizenTookPart,
        ].map { ($0, "") })
        let blank = RestraintReflection(phases: RestraintReflection.Phase.allCases.map { .init(phase: $0) })
        return Document(
            metadata: DocumentMetadata(title: strings.episodeTitle, subject: strings.episodeSubject, language: language, slug: "episode-reflection-blank"),
            blocks: [header] + AffectPhase.allCases.flatMap { phaseBlocks($0, nil, language) } + restraintBlocks(blank, strings, language, blank: true))
    }

    static func phaseBlocks(_ phase: AffectPhase, _ reflection: PhaseReflection?, _ language: Language) -> [Block] {
        [.heading("\(phase.label(in: language)): \(phase.guidingQuestion)")]
            + phase.questions.enumerated().map { index, question in
                let answer = reflection?.answer(to: index + 1)
                return .field(Field(number: String(index + 1), label: InlineText(question), answer: reflection == nil ? nil : [InlineText(answer ?? "")], writingLines: 3))
            }
    }

    static func restraintBlocks(_ restraint: RestraintReflection, _ strings: RiskToolsStrings, _ language: Language, blank: Bool = false) -> [Block] {
        var blocks: [Block] = [.heading(strings.restraintHeading)]
        for phase in RestraintReflection.Phase.allCases {
            let entry = restraint.phases.first { $0.phase == phase }
            blocks.append(.heading(phase.label(in: language), level: 3))
            blocks.append(.field(Field(label: InlineText(RestraintReflection.whatHappenedPrompt), answer: blank ? nil : [InlineText(entry?.whatHappened ?? "")])))
            blocks.append(.field(Field(label: InlineText(RestraintReflection.assessmentPrompt), answer: blank ? nil : [InlineText(entry?.assessment ?? "")])))
        }
        blocks.append(.heading(strings.restraintConclusion, level: 3))
        blocks.append(.field(Field(label: InlineText(RestraintReflection.changesPrompt), answer: blank ? nil : [InlineText(restraint.changesToPractice ?? "")])))
        return blocks
    }

    /// The affect curve as a line chart; when every point is on one day (the usual episode), the
    /// points are labelled by time of day only, so the labels fit under the chart.
    static func chart(_ curve: AffectCurve, _ strings: RiskToolsStrings, _ language: Language) -> Chart {
        let oneDay = Set(curve.points.map(\.time.date)).count <= 1
        return Chart(
            name: "affect-curve", kind: .line, title: strings.affectCurveTitle, summary: strings.affectCurveSummary,
            categoryTitle: strings.time, valueTitle: strings.intensity,
            points: curve.points.map { .init(label: oneDay ? $0.time.timeString : $0.time.formatted(in: language), value: $0.intensity) },
            referenceLines: [.init(label: strings.chaosLine, value: curve.chaosLine)],
            language: language)
    }
}
