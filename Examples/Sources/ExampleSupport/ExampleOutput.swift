import Foundation

/// Where an example writes its files: the folder given as the first argument, or a new
/// temporary folder; and the files it wrote, listed on standard output.
public enum ExampleOutput {
    /// The output folder, created if it is missing.
    public static func folder() throws -> URL {
        let arguments = CommandLine.arguments.dropFirst()
        let folder = arguments.first.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("forebyg-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` as UTF-8 to `name` in `folder`, atomically, and prints its path.
    public static func write(_ text: String, to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        print(url.path)
    }

    /// Writes `bytes` to `name` in `folder`, atomically, and prints its path.
    public static func write(bytes: [UInt8], to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url, options: .atomic)
        print(url.path)
    }

    /// Prints the problems found and ends the program with status 1 if any is an error.
    public static func stopOnErrors(_ problems: [some CustomStringConvertible], errors: Bool) {
        problems.forEach { print($0) }
        if errors { exit(1) }
    }
}
