// A workplace action plan (handleplan) built in code: validated, rendered in every format and
// written to the folder given as the first argument (or a temporary folder).
import ActionPlans
import DocumentRendering
import ExampleSupport
import ForebygCore

let plan = WorkplaceActionPlan(
    title: "Handleplan for forebyggelse af vold",
    workplace: "Botilbuddet Engen",
    rows: [
        WorkplaceActionPlan.Row(
            id: "alenearbejde", focusArea: "Alenearbejde",
            whatHowWhen: "Ingen går alene ind til en borger, hvis BVC-scoren er 2 eller derover.",
            timing: [.every(.day)], responsible: ["Vagtleder"],
            goal: "Ingen episoder under alenearbejde."),
        WorkplaceActionPlan.Row(
            id: "registrering", focusArea: "Registrering",
            whatHowWhen: "Alle episoder registreres samme dag og drøftes på næste personalemøde.",
            timing: [.every(.week)], responsible: ["Leder", "AMR"],
            goal: "Alle episoder bliver registreret og analyseret."),
    ])

let problems = plan.validate()               // errors and warnings, each with its JSON path
let document = plan.document(in: .danish)    // format-neutral tree
let html = HTMLRenderer().render(document)   // self-contained, printable page
let markdown = MarkdownRenderer().render(document)
let csvFiles = CSVRenderer(options: .init(dialect: .danishExcel)).render(document)
let docx = WordRenderer().render(document)   // the bytes of an editable .docx file
ExampleOutput.stopOnErrors(problems, errors: problems.containsErrors)

let folder = try ExampleOutput.folder()
try ExampleOutput.write(markdown, to: "handleplan.md", in: folder)
try ExampleOutput.write(html, to: "handleplan.html", in: folder)
try ExampleOutput.write(bytes: docx, to: "handleplan.docx", in: folder)
for file in csvFiles {
    try ExampleOutput.write(file.contents, to: "\(document.metadata.slug)-\(file.name).csv", in: folder)
}
