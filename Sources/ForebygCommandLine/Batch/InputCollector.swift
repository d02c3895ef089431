#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
    ///
    /// Paths are the same when their bytes are, as for the kernel: two names that differ only in
    /// normalisation are two files (and, as their output names look the same, a collision).
    func collect(_ arguments: [String]) -> [InputFile] {
        let found = arguments.map(expand)
        let workingFolder = Paths.currentDirectory()
        let bases = arguments.filter { $0 != "-" }.map { argument in
            let absolute = Paths.absolute(argument, from: workingFolder)
            return PosixFile.isDirectory(argument) ? absolute : Paths.parent(of: absolute)
        }
        let ancestor = Paths.commonAncestor(of: bases)
        var seenPaths: Set<[UInt8]> = []
        var stemOwners: [String: String] = [:]
        var inputs: [InputFile] = []
        for (argument, entries) in zip(arguments, found) {
            for entry in entries {
                guard case .file(let file) = entry else {
                    if case .refused(let path, let diagnostic) = entry {
                        inputs.append(InputFile(displayPath: path, outputStem: "", source: .refused(diagnostic)))
                    }
                    continue
                }
                let absolute = argument == "-" ? "-" : Paths.absolute(file, from: workingFolder)
                guard seenPaths.insert(Array(absolute.utf8)).inserted else { continue }
                let stem = argument == "-" ? "stdin" : Paths.removingExtension(of: Paths.relative(absolute, to: ancestor))
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

    /// What a folder search finds: a JSON file, or an entry it will not read, with the reason.
    enum Found: Hashable, Sendable {
        /// A `*.json` file at a path.
        case file(String)
        /// An entry that is not read: a symbolic link back into the folders being searched, or
        /// a name that is not UTF-8 (shown with its bytes escaped).
        case refused(path: String, Diagnostic)

        /// The path, for sorting.
        var path: String {
            switch self {
            case .file(let path), .refused(let path, _): path
            }
        }
    }

    /// The files an argument stands for: itself, or a folder's `*.json` files.
    private func expand(_ argument: String) -> [Found] {
        guard argument != "-", let identity = PosixFile.folderIdentity(argument) else { return [.file(argument)] }
        var found: [Found] = []
        Self.search(argument, ancestors: [identity: argument], into: &found)
        return found.sorted { $0.path < $1.path }
    }

    /// Finds every `*.json` file below a folder; names starting with `.` are skipped.
    ///
    /// Symbolic links are followed, but a folder that is one of its own ancestors (the same
    /// device and inode) is reported and not entered again, as `find -L` does. A name that is
    /// not valid UTF-8 cannot be named in a path and is reported by its bytes.
    private static func search(
        _ folder: String, ancestors: [PosixFile.FolderIdentity: String], into found: inout [Found]
    ) {
        for entry in PosixFile.entries(of: folder) where entry.bytes.first != UInt8(ascii: ".") {
            guard let name = entry.name else {
                found.append(.refused(path: Paths.join(folder, entry.shownName), notUTF8))
                continue
            }
            let path = Paths.join(folder, name)
            if entry.isRegularFile {
                if name.hasSuffix(".json") { found.append(.file(path)) }
            } else if let identity = PosixFile.folderIdentity(path) {
                if let ancestor = ancestors[identity] {
                    found.append(.refused(path: path, loop(back: ancestor)))
                } else {
                    search(path, ancestors: ancestors.merging([identity: path]) { $1 }, into: &found)
                }
            } else if name.hasSuffix(".json") {
                found.append(.file(path))
            }
        }
    }

    /// The error of a name that is not UTF-8.
    private static let notUTF8 = Diagnostic.error(
        .inputNameNotUTF8, at: .root, "the name is not valid UTF-8 (its bytes are shown escaped, \\xFF); rename it to read it")

    /// The error of a symbolic link back to a folder being searched.
    private static func loop(back ancestor: String) -> Diagnostic {
        .error(.inputSymbolicLinkLoop, at: .root, "a symbolic link back to \(ancestor), which contains it; not followed again")
    }

}
