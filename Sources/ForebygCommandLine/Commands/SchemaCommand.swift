import ForebygCore
import ForebygDocuments

/// `forebyg schema TYPE`, `--list` and `--write-all DIR`: the JSON Schemas of the document kinds.
enum SchemaCommand: Subcommand {
    static let name = "schema"
    static let summary = "Print the JSON Schema of a document type, or list the types."
    static let synopsis = "schema TYPE | schema --list | schema --write-all DIR"
    static let options: [OptionSpec] = [
        .flag("list", "List every document type with its format version."),
        .value("write-all", "DIR", "Write every type's schema to DIR/<type>.schema.json (how Documentation/schemas is made)."),
    ]
    static let discussion = """
        TYPE is the value of a document's "type" member, one of:
        \(wrapped(DocumentRegistry.standard.documentTypes))

        The schemas are built from the library's types; Documentation/schemas holds the files
        that --write-all writes, and the tests fail when they differ.

        Example: forebyg schema workplace-action-plan > workplace-action-plan.schema.json
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let registry = DocumentRegistry.standard
        if arguments.has("list") {
            registry.kinds.forEach { console.print("\($0.documentType)\tversion \($0.formatVersion)") }
            return .success
        }
        if let folder = arguments.value("write-all") {
            return writeAll(registry, to: folder, console: console)
        }
        guard arguments.positionals.count == 1, let type = arguments.positionals.first else {
            throw UsageError("schema needs exactly one TYPE, or --list")
        }
        guard let kind = registry.kind(named: type) else {
            throw UsageError.unknown("document type", type, among: registry.documentTypes)
        }
        console.writeOutput(kind.jsonSchema)
        return .success
    }

    /// The document types as comma-separated lines of at most 92 characters, indented like the
    /// discussion around them.
    private static func wrapped(_ types: [String]) -> String {
        var lines: [String] = []
        for type in types {
            let item = type == types.last ? type : type + ","
            if let last = lines.last, last.count + 1 + item.count <= 90 {
                lines[lines.count - 1] = last + " " + item
            } else {
                lines.append("  " + item)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Writes every kind's schema file into a folder, atomically each.
    private static func writeAll(_ registry: DocumentRegistry, to folder: String, console: Console) -> ExitCode {
        let files = registry.kinds.map { RenderedFile(path: "\($0.documentType).schema.json", contents: $0.jsonSchema) }
        guard console.write(files, to: folder, what: "the schemas") else { return .inputsFailed }
        console.printError("wrote \(files.count) schemas to \(folder)")
        return .success
    }
}
