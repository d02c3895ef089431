// A prevention course (forebyggelsespakke) configured in code: validated, scheduled on working
// days, rendered as the course plan and written to the folder given as the first argument (or a
// temporary folder).
import CourseModel
import DocumentRendering
import ExampleSupport
import ForebygCore

let configuration = CourseConfiguration(
    workplace: "Botilbuddet Lærkehøj",
    startDate: CalendarDate(isoString: "2026-03-02")!,
    people: [
        Person(id: "p-birgit", displayName: "Birgit", title: "Forstander"),
        Person(id: "p-mads", displayName: "Mads", title: "Afdelingsleder"),
        Person(id: "p-lene", displayName: "Lene", title: "Pædagog, arbejdsmiljørepræsentant"),
        Person(id: "p-amir", displayName: "Amir", title: "Pædagog"),
        Person(id: "p-camilla", displayName: "Camilla", title: "Social- og sundhedsassistent"),
    ],
    topManager: "p-birgit",
    implementationGroup: [
        ImplementationGroupMember(person: "p-mads", positions: [.dailyManager]),
        ImplementationGroupMember(person: "p-lene", positions: [.safetyRepresentative]),
    ],
    workingGroups: [
        WorkingGroup(id: "ag-dag", name: "Dagholdet", members: ["p-lene", "p-amir", "p-camilla"], facilitators: ["p-lene"]),
    ])
let problems = configuration.validate()
ExampleOutput.stopOnErrors(problems, errors: problems.containsErrors)

let schedule = CourseSchedule(configuration: configuration)
for meeting in schedule.meetings(of: "p-amir") {
    print("\(meeting.date): \(meeting.kind) \(meeting.number), \(meeting.durationMinutes) min")
}
let document = configuration.document(in: .danish)
let folder = try ExampleOutput.folder()
try ExampleOutput.write(HTMLRenderer().render(document), to: "kursusplan.html", in: folder)
for file in CSVRenderer().render(document) {
    try ExampleOutput.write(file.contents, to: "\(document.metadata.slug)-\(file.name).csv", in: folder)
}
