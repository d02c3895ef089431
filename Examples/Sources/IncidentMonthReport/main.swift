// A month of registered incidents, built in code: validated, analysed, rendered as the month
// report and written to the folder given as the first argument (or a temporary folder).
import DocumentRendering
import ExampleSupport
import ForebygCore
import IncidentAnalysis

let log = IncidentLog(
    workplace: "Botilbuddet Engen",
    analysisDate: CalendarDate(isoString: "2026-03-02")!,
    period: AnalysisPeriod(start: CalendarDate(isoString: "2026-02-01")!, end: CalendarDate(isoString: "2026-02-28")!),
    incidents: [
        Incident(
            id: "i-01", time: LocalDateTime(isoString: "2026-02-03T19:05")!, location: "Fællesstue", affected: .init(staff: "m-02", professionalGroup: "pædagog"),
            citizen: "borger-A", category: .threatsAndVerbalAbuse, forms: [.threat], consequences: [.psychologicalReaction],
            affectedLevel: 5, description: "Råb og trusler, da tv'et blev slukket."),
        Incident(
            id: "i-02", time: LocalDateTime(isoString: "2026-02-10T19:45")!, location: "Fællesstue", affected: .init(staff: "m-01", professionalGroup: "pædagog"),
            citizen: "borger-A", category: .physicalViolence, forms: [.kick], consequences: [.physicalInjury],
            affectedLevel: 8, description: "Spark mod knæet under aftenkaffen."),
    ])
let problems = log.validate()
ExampleOutput.stopOnErrors(problems, errors: problems.containsErrors)

let analysis = log.analysis()
print("\(analysis.total) incidents from \(analysis.period.start) to \(analysis.period.end)")
let document = log.document(in: .danish)
let folder = try ExampleOutput.folder()
try ExampleOutput.write(MarkdownRenderer().render(document), to: "episoder.md", in: folder)
try ExampleOutput.write(HTMLRenderer().render(document), to: "episoder.html", in: folder)
