// Documents whose kinds the program does not know: JSON of any registered kind is decoded and
// validated through ForebygDocuments, rendered in every format and written atomically to the
// folder given as the first argument (or a temporary folder). One is broken on purpose.
import ExampleSupport
import ForebygDocuments
import Foundation

let received = [
    "handleplan": #"""
        {"type": "workplace-action-plan", "version": 1, "rows": [{"id": "makkerpar", "focusArea": "Aftenvagt",
         "whatHowWhen": "Faste makkerpar i aftenvagten.", "responsible": ["Vagtleder"], "goal": "Ingen går alene."}]}
        """#,
    "bvc": #"{"type": "bvc-series", "version": 1, "citizen": "borger-7", "assessments": []}"#,
    "ukendt": #"{"type": "workplace-actoin-plan", "version": 1}"#,
]

let folderPath = try ExampleOutput.folder().path
let out = try OutputFolder(path: folderPath)
for (name, json) in received.sorted(by: { $0.key < $1.key }) {
    let loaded = DocumentRegistry.standard.load(Data(json.utf8))
    loaded.diagnostics.forEach { print("\(name).json: \($0)") }
    guard let document = loaded.document() else { continue }
    let files = RenderedFile.files(for: document, stem: name, settings: RenderSettings())
    try out.write(files)
    files.forEach { print(out.path + "/" + $0.path) }
}
