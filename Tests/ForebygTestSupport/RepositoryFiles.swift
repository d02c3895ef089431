public import Foundation

/// Where the checked-in files the tests read live, in one place: the golden files, the fixtures,
/// the JSON Schema files and the pages that list the document kinds.
public enum RepositoryFiles {
    /// The package's root folder (this file is `Tests/ForebygTestSupport/RepositoryFiles.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/GoldenFileTests/Golden`, compared byte for byte by the golden-file tests and read by the CI checks.
    public static let golden = root.appendingPathComponent("Tests/GoldenFileTests/Golden")

    /// `Documentation/schemas`, one `<type>.schema.json` per document kind.
    public static let schemas = root.appendingPathComponent("Documentation/schemas")

    /// `Documentation/JSON`, one page per document kind and the index `README.md`.
    public static let jsonPages = root.appendingPathComponent("Documentation/JSON")

    /// The package's `README.md`.
    public static let readme = root.appendingPathComponent("README.md")

    /// The schema file of a document type.
    public static func schema(of documentType: String) -> URL {
        schemas.appendingPathComponent("\(documentType).schema.json")
    }

    /// The golden file with the given name.
    public static func golden(_ name: String) -> URL {
        golden.appendingPathComponent(name)
    }

    /// The fixture folder of a module: `Tests/<module>Tests/Fixtures`.
    public static func fixtures(ofModule module: String) -> URL {
        root.appendingPathComponent("Tests/\(module)Tests/Fixtures")
    }

    /// A module's fixture by name, without `.json`.
    public static func fixture(_ name: String, ofModule module: String) -> URL {
        fixtures(ofModule: module).appendingPathComponent("\(name).json")
    }

    /// Every fixture of every module (`Tests/*/Fixtures/*.json`), sorted by path.
    public static var allFixtures: [URL] {
        jsonFiles(in: "Fixtures")
    }

    /// Every kind's broken copies (`Tests/*/Fixtures/Broken/<type>.json`), sorted by path: JSON Patch
    /// operations that each break every fixture of the kind, read by `.ci/checks/20-schemas` too.
    public static var allBrokenCopies: [URL] {
        jsonFiles(in: "Fixtures/Broken")
    }

    /// The `.json` files in the given folder of every test target, sorted by path.
    private static func jsonFiles(in folder: String) -> [URL] {
        let tests = root.appendingPathComponent("Tests")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: tests.path)) ?? []
        return targets.sorted().flatMap { target -> [URL] in
            let files = tests.appendingPathComponent(target).appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: files.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted().map { files.appendingPathComponent($0) }
        }
    }

    /// A file's path relative to the package root, for messages.
    public static func relativePath(of url: URL) -> String {
        let path = url.standardizedFileURL.path, rootPath = root.standardizedFileURL.path + "/"
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }
}
