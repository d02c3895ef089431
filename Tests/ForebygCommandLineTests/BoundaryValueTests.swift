import CourseModel
import DocumentRendering
import DocumentTree
import ForebygCore
import Foundation
import Testing
@testable import ForebygCommandLine
import ForebygDocuments

/// Boundary values at every numeric field of every built-in example: each mutated document is
/// either rejected (a decoding error, or a validation error at the mutated field or around it)
/// or validates and then renders in every format, encodes, and (for a course) schedules. A trap
/// would end the test run.
@Suite struct BoundaryValueTests {
    /// The values every numeric field is set to: 0, −1, `Int.min`, `Int.max`, 2^53 and 1e308.
    static let boundaryValues = ["0", "-1", "-9223372036854775808", "9223372036854775807", "9007199254740992", "1e308"]

    static let exampleNames = ExampleCatalog.all.map { "\($0.module)/\($0.name)" }

    @Test(arguments: exampleNames)
    func everyNumericFieldAtItsBoundaries(example: String) throws {
        let document = try #require(ExampleCatalog.all.first { "\($0.module)/\($0.name)" == example }?.document)
        let json = try Self.withOptionalNumbers(Self.encode(document), type: type(of: document).documentType)
        let lines = String(decoding: json, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let leaves = NumericLeaf.all(in: lines.map(String.init))
        for leaf in leaves {
            for value in Self.boundaryValues {
                var mutated = lines.map(String.init)
                mutated[leaf.line] = leaf.replacing(with: value)
                check(Data(mutated.joined(separator: "\n").utf8), mutatedAt: leaf.path, to: value, in: example)
            }
        }
    }

    private func check(_ data: Data, mutatedAt path: FieldPath, to value: String, in example: String) {
        let loaded = DocumentRegistry.standard.load(data)
        guard let document = loaded.renderable else {
            let related = loaded.diagnostics.errors.contains { error in
                Self.isRelated(error.path, path) || Self.isRelated(FieldPath(components: error.path.components.dropLast()), path)
                    || error.code.rawValue.hasPrefix("input.")
            }
            #expect(related, "\(example) \(path) = \(value): errors elsewhere only: \(loaded.diagnostics.errors)")
            return
        }
        for language in Language.allCases {
            let tree = document.document(in: language)
            _ = MarkdownRenderer().render(tree)
            _ = HTMLRenderer().render(tree)
            _ = CSVRenderer().render(tree)
        }
        #expect(throws: Never.self) { _ = try Self.encode(document) }
        if let course = document as? CourseConfiguration {
            _ = CourseSchedule(configuration: course).meetings
            _ = HoursBudget(configuration: course)
        }
    }

    /// Optional numeric members the examples leave out, added with their defaults so that every
    /// numeric field of every kind is mutated.
    static var optionalNumbers: [String: [String: Any]] {
        [
        "incident-log": ["parameters": ["nearMissShareThreshold": 0.2, "repeatCount": 3, "repeatWindowDays": 30, "followUpDays": 3]],
        "bvc-series": ["configuration": ["bands": ["moderateFrom": 1, "veryHighFrom": 3], "activeFromScore": 1]],
        "mestringsskema": ["reviewIntervalDays": 28, "bvcConfiguration": ["bands": ["moderateFrom": 1, "veryHighFrom": 3], "activeFromScore": 1]],
        "episode-reflection": ["minimumDaysAfterEpisode": 2],
        "fit-series": ["cutoffs": ["orsAdult": 25, "orsChild": 32, "srsAlliance": 36]],
        "proposal": ["course": ["storyMeeting": 2]],
        ]
    }

    /// The document's JSON with the kind's ``optionalNumbers`` added.
    static func withOptionalNumbers(_ data: Data, type: String) throws -> Data {
        guard let extra = optionalNumbers[type], var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return data
        }
        object.merge(extra) { _, new in new }
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }

    /// Whether one path lies on the other's way from the root (the field itself, a parent such
    /// as the band limits' object, or a member below it). An error at a sibling counts too (its
    /// parent is related), for rules across fields such as an agenda's minutes adding up.
    static func isRelated(_ lhs: FieldPath, _ rhs: FieldPath) -> Bool {
        let shorter = min(lhs.components.count, rhs.components.count)
        return Array(lhs.components.prefix(shorter)) == Array(rhs.components.prefix(shorter))
    }

    static func encode<Value: VersionedDocument>(_ value: Value) throws -> Data {
        try DocumentCodec.encode(value)
    }
}

/// A number in pretty-printed JSON (one value per line, as `DocumentCodec` writes it), with its path.
struct NumericLeaf {
    let line: Int
    let path: FieldPath
    private let prefix: String
    private let suffix: String

    /// The line with the number replaced.
    func replacing(with value: String) -> String {
        prefix + value + suffix
    }

    /// Every number in the lines, the first of each field shape (array indices ignored).
    static func all(in lines: [String]) -> [NumericLeaf] {
        var stack: [(path: FieldPath, nextIndex: Int?)] = []
        var leaves: [NumericLeaf] = []
        var shapes: Set<String> = []
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let (key, rest) = split(trimmed)
            let value = rest.hasSuffix(",") ? String(rest.dropLast()) : rest
            if value == "}" || value == "]" {
                stack.removeLast()
                continue
            }
            let path = childPath(&stack, key: key)
            if value == "{" || value == "[" {
                stack.append((path, value == "[" ? 0 : nil))
            } else if Double(value) != nil, let range = line.range(of: value, options: .backwards) {
                let shape = path.components.map { if case .key(let name) = $0 { name } else { "*" } }.joined(separator: ".")
                if shapes.insert(shape).inserted {
                    leaves.append(NumericLeaf(
                        line: number, path: path, prefix: String(line[..<range.lowerBound]), suffix: String(line[range.upperBound...])))
                }
            }
        }
        return leaves
    }

    private static func split(_ line: String) -> (key: String?, rest: String) {
        guard line.hasPrefix("\""), let separator = line.range(of: "\" : ") else { return (nil, line) }
        return (String(line[line.index(after: line.startIndex)..<separator.lowerBound]), String(line[separator.upperBound...]))
    }

    private static func childPath(_ stack: inout [(path: FieldPath, nextIndex: Int?)], key: String?) -> FieldPath {
        guard let top = stack.last else { return .root }
        if let key { return top.path.key(key) }
        guard let index = top.nextIndex else { return top.path }
        stack[stack.count - 1].nextIndex = index + 1
        return top.path.index(index)
    }
}
