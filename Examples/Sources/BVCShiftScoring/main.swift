// Brøset Violence Checklist scorings at the end of each shift, built in code: scored, banded,
// validated, rendered and written to the folder given as the first argument (or a temporary folder).
import DocumentRendering
import ExampleSupport
import ForebygCore
import RiskTools

let citizen: PseudonymousReference = "borger-7"
let shiftDate = CalendarDate(isoString: "2026-03-02")!
let evening = BVCAssessment(
    citizen: citizen, time: LocalDateTime(isoString: "2026-03-02T21:45")!, shift: .evening,
    assessor: "medarbejder-LM", answers: BVCAnswers(present: [.irritability, .boisterousness]))
print("evening score \(evening.score), band \(evening.band())")

let series = BVCSeries(
    citizen: citizen, schedule: BVCScoringSchedule(start: shiftDate),
    assessments: [
        BVCAssessment(
            citizen: citizen, time: LocalDateTime(isoString: "2026-03-02T14:30")!, shift: .day,
            assessor: "medarbejder-AK", answers: BVCAnswers(present: [])),
        evening,
    ])
let problems = series.validate()
ExampleOutput.stopOnErrors(problems, errors: problems.containsErrors)

let document = series.document(in: .danish)
let folder = try ExampleOutput.folder()
try ExampleOutput.write(HTMLRenderer().render(document), to: "bvc.html", in: folder)
for file in CSVRenderer(options: .init(dialect: .danishExcel)).render(document) {
    try ExampleOutput.write(file.contents, to: "\(document.metadata.slug)-\(file.name).csv", in: folder)
}
