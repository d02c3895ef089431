import ForebygDocuments

/// `forebyg schema TYPE` and `forebyg schema --list`: the JSON Schemas of the document kinds.
enum SchemaCommand: Subcommand {
    static let name = "schema"
    static let summary = "Print the JSON Schema of a document type, or list the types."
    static let synopsis = "schema TYPE | schema --list"
    static let options: [OptionSpec] = [
        .flag("list", "List every document type with its format version."),
    ]
    static let discussion = """
        TYPE is the value of a document's "type" member, for example workplace-action-plan.

        Example: forebyg schema workplace-action-plan > workplace-action-plan.schema.json
        """

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let registry = DocumentRegistry.standard
        if arguments.has("list") {
            registry.kinds.forEach { console.print("\($0.documentType)\tversion \($0.formatVersion)") }
            return .success
        }
        guard arguments.positionals.count == 1, let type = arguments.positionals.first else {
            throw UsageError("schema needs exactly one TYPE, or --list")
        }
        guard let kind = registry.kind(named: type) else {
            throw UsageError.unknown("document type", type, among: registry.documentTypes)
        }
        console.writeOutput(kind.jsonSchema.hasSuffix("\n") ? kind.jsonSchema : kind.jsonSchema + "\n")
        return .success
    }
}
