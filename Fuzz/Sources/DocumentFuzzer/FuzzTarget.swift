import DocumentTree
import ForebygCore
import ForebygDocuments
import Foundation

/// libFuzzer's entry point: one input through the whole public path, every step of which must
/// finish without trapping on any input: read and decode with ``DocumentRegistry/standard``,
/// validate, describe the diagnostics, write the decoded value back as JSON, build the document
/// and render it in every ``OutputFormat``.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    if let path = FuzzTarget.dumpPath {
        try? input.json.write(to: URL(fileURLWithPath: path))
    }
    FuzzTarget.run(input)
    return 0
}

/// The steps of one input.
enum FuzzTarget {
    /// Where to write the JSON text an input stands for (`FOREBYG_FUZZ_DUMP`), to reproduce a
    /// crash with `forebyg` or in a test.
    static let dumpPath = ProcessInfo.processInfo.environment["FOREBYG_FUZZ_DUMP"]

    static func run(_ input: FuzzInput) {
        let loaded = DocumentRegistry.standard.load(input.json)
        _ = loaded.diagnostics.map(\.description)
        if let value = loaded.value {
            _ = Examples.json(of: value)
        }
        guard let document = loaded.document(in: input.language) else { return }
        _ = RenderedFile.files(for: document, stem: "fuzz", settings: RenderSettings(language: input.language))
    }
}
