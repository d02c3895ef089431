import ForebygDocuments
import Foundation
@testable import ForebygCommandLine
import ForebygCore
import ForebygTestSupport

/// The result of running the built `forebyg` executable.
struct ToolRun {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs the built `forebyg` executable as a subprocess, and makes scratch folders and inputs.
enum Tool {
    /// `forebyg` beside the test bundle (`swift test` and `swift build --build-tests` build both
    /// into the same folder), else `<package>/.build/debug/forebyg`.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = testBinary.deletingLastPathComponent().appendingPathComponent("forebyg")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return RepositoryFiles.root.appendingPathComponent(".build/debug/forebyg")
    }()

    /// The executable was not built.
    struct MissingExecutable: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts the tool with its output going to files in `folder`; the caller waits.
    static func start(_ arguments: [String], in folder: URL, input: Data? = nil) throws -> (Process, URL, URL) {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw MissingExecutable(description: "\(executable.path) does not exist; run `swift build --build-tests` (or `swift test`, which builds it)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let name = UUID().uuidString
        let outputURL = folder.appendingPathComponent(".stdout-\(name)")
        let errorURL = folder.appendingPathComponent(".stderr-\(name)")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        if let input {
            let inputURL = folder.appendingPathComponent(".stdin-\(name)")
            try input.write(to: inputURL)
            process.standardInput = try FileHandle(forReadingFrom: inputURL)
        }
        try process.run()
        return (process, outputURL, errorURL)
    }

    /// Runs the tool to completion in `folder`.
    static func run(_ arguments: [String], in folder: URL, input: Data? = nil) throws -> ToolRun {
        let (process, outputURL, errorURL) = try start(arguments, in: folder, input: input)
        process.waitUntilExit()
        return ToolRun(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }

    /// A new, empty scratch folder.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Deletes a scratch folder.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes text to `folder/relativePath`, creating folders.
    static func write(_ text: String, to relativePath: String, in folder: URL) throws {
        try write(Data(text.utf8), to: relativePath, in: folder)
    }

    /// Writes data to `folder/relativePath`, creating folders.
    static func write(_ data: Data, to relativePath: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// The canonical JSON of the first built-in example (a workplace action plan).
    static var goodDocument: Data {
        let document = ExampleCatalog.all.first { $0.name == "seed-003-handleplan" }!.document
        // The built-in example is valid, so it always encodes.
        return (try? DocumentCodec.encode(document)) ?? Data()
    }

    /// Every regular file below a folder, as sorted relative paths, skipping the captured streams.
    static func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue, !Paths.lastComponent(of: path).hasPrefix(".std") { files.append(path) }
        }
        return files.sorted()
    }
}
