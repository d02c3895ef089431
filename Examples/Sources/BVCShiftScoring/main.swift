// Brøset Violence Checklist scorings at the end of each shift, built in code: scored, banded,
// validated, rendered and written to the folder given as the first argument (or a temporary folder).
import DocumentRendering
import ExampleSupport
import ForebygCore
import RiskTools

let citizen: PseudonymousReference = "borger-7"
let shiftDate = CalendarDate(isoString: "2026-03-02")!
// The shift follows from the time (21:45 is the evening shift under the default shift hours).
let evening = BVCAssessment(
    citizen: citizen, time: LocalDateTime(isoString: "2026-03-02T21:45")!,
    assessor: "medarbejder-LM", answers: BVCAnswers(present: [.irritability, .boisterousness]))

let series = BVCSeries(
    citizen: citizen, schedule: BVCScoringSchedule(start: shiftDate),
    assessments: [
        BVCAssessment(
            citizen: citizen, time: LocalDateTime(isoString: "2026-03-02T14:30")!,
            assessor: "medarbejder-AK", answers: BVCAnswers(present: [])),
        evening,
    ])
// The series' own settings (here the defaults) decide the band.
print("evening shift \(evening.shift), score \(evening.score), band \(series.band(of: evening))")
let problems = series.validate()
ExampleOutput.stopOnErrors(problems, errors: problems.containsErrors)

let document = series.document(in: .danish)
let folder = try ExampleOutput.folder()
try ExampleOutput.write(HTMLRenderer().render(document), to: "bvc.html", in: folder)
for file in CSVRenderer(options: .init(dialect: .danishExcel)).render(document) {
    try ExampleOutput.write(file.contents, to: "\(document.metadata.slug)-\(file.name).csv", in: folder)
}
