import ForebygCore
import ForebygDocuments

/// Turns the command line's inputs (files, folders searched recursively for `*.json`, and `-`
/// for standard input) into the batch's ``InputFile``s, in a deterministic order.
///
/// Output names mirror the inputs' folders below their deepest common folder, so that
/// `a/plan.json` and `b/plan.json` render to `a/plan.*` and `b/plan.*`.
struct InputCollector {
    /// Reads standard input when `-` is given.
    let readStandardInput: @Sendable () -> Data

    /// The inputs, in command-line order, folders' files sorted by path; a path given twice counts once.
    func collect(_ arguments: [String]) -> [InputFile] {
        let found = arguments.map(expand)
        let bases = arguments.filter { $0 != "-" }.map { argument in
            PosixFile.isDirectory(argument) ? Paths.absolute(argument) : Paths.parent(of: Paths.absolute(argument))
        }
        let ancestor = Paths.commonAncestor(of: bases)
        var seenPaths: Set<String> = []
        var stemOwners: [String: String] = [:]
        var inputs: [InputFile] = []
        for (argument, files) in zip(arguments, found) {
            for file in files {
                let absolute = argument == "-" ? "-" : Paths.absolute(file)
                guard seenPaths.insert(absolute).inserted else { continue }
                let stem = argument == "-" ? "stdin" : Self.stem(ofRelativePath: Paths.relative(absolute, to: ancestor))
                let source: InputFile.Source =
                    if let owner = stemOwners[stem] { .collision(with: owner) }
                    else if argument == "-" { .standardInput(readStandardInput()) }
                    else { .file(file) }
                stemOwners[stem] = stemOwners[stem] ?? file
                inputs.append(InputFile(displayPath: file, outputStem: stem, source: source))
            }
        }
        return inputs
    }

    /// The files an argument stands for: itself, or a folder's `*.json` files.
    private func expand(_ argument: String) -> [String] {
        guard argument != "-", PosixFile.isDirectory(argument) else { return [argument] }
        return Self.jsonFiles(in: argument)
    }

    /// Every `*.json` file below a folder, sorted by path; names starting with `.` are skipped.
    static func jsonFiles(in folder: String) -> [String] {
        var files: [String] = []
        for name in PosixFile.entries(of: folder) where !name.hasPrefix(".") {
            let path = Paths.join(folder, name)
            if PosixFile.isDirectory(path) {
                files += jsonFiles(in: path)
            } else if name.hasSuffix(".json") {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// `team/plan-7` for `team/plan-7.json`.
    private static func stem(ofRelativePath path: String) -> String {
        let folder = path.contains("/") ? Paths.parent(of: path) : ""
        return Paths.join(folder, Paths.stem(of: path))
    }
}
