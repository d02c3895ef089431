#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygCore
import ForebygTestSupport
import Testing
@testable import CourseModel

@Suite struct CodingTests {
    private static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: RepositoryFiles.fixture(name, ofModule: "CourseModel"))
    }

    private func decode(_ json: String) throws(DocumentInputError) -> CourseConfiguration {
        try DocumentCodec.decode(CourseConfiguration.self, from: Data(json.utf8))
    }

    /// A valid document with one member replaced.
    private func document(replacing member: String, with value: String) -> String {
        let members: [(String, String)] = [
            ("startDate", "\"2026-03-02\""), ("people", "[{\"id\": \"tm\"}, {\"id\": \"dl\"}, {\"id\": \"a\"}]"),
            ("topManager", "\"tm\""), ("implementationGroup", "[{\"person\": \"dl\", \"positions\": [\"dailyManager\"]}]"),
            ("workingGroups", "[{\"id\": \"ag\", \"name\": \"AG\", \"members\": [\"a\"], \"facilitators\": [\"a\"]}]"),
        ]
        let body = members.map { "\"\($0.0)\": \($0.0 == member ? value : $0.1)" }.joined(separator: ", ")
        return "{\"type\": \"course-configuration\", \"version\": 1, \(body)}"
    }

    @Test func defaultsApplyWhenCountAndIntervalAreAbsent() throws {
        let configuration = try decode(document(replacing: "", with: ""))
        #expect(configuration.storyMeetingCount == 6)
        #expect(configuration.intervalDays == 14)
        #expect(configuration.workplace == nil)
        #expect(configuration.people[0].displayName == nil)
    }

    @Test(arguments: [
        ("implementationGroup", "[{\"person\": \"dl\", \"positions\": [\"boss\"]}]", "$.implementationGroup[0].positions[0]"),
        ("startDate", "\"2026-02-30\"", "$.startDate"),
        ("startDate", "\"02.03.2026\"", "$.startDate"),
    ])
    func unknownNamesAndBadDatesAreInvalidValues(member: String, value: String, path: String) {
        #expect {
            try decode(document(replacing: member, with: value))
        } throws: { error in
            let error = error as? DocumentInputError
            return error?.kind == .invalidValue && error?.path.description == path
        }
    }

    @Test(arguments: [
        ("{\"type\": \"course-configuration\", \"version\": 1", DocumentInputError.Kind.invalidJSON, "$"),
        ("[]", .wrongType, "$"),
        ("{\"type\": \"workplace-action-plan\", \"version\": 1}", .unknownDocumentType, "$.type"),
        ("{\"type\": \"course-configuration\", \"version\": 2}", .unsupportedVersion, "$.version"),
        ("{\"type\": \"course-configuration\", \"version\": 1}", .missingField, "$.startDate"),
        ("", .invalidJSON, "$"),
    ])
    func malformedDocumentsThrowWithAPath(json: String, kind: DocumentInputError.Kind, path: String) {
        #expect {
            try decode(json)
        } throws: { error in
            let error = error as? DocumentInputError
            return error?.kind == kind && error?.path.description == path
        }
    }

    @Test func wrongTypesNameTheirPath() {
        #expect {
            try decode(document(replacing: "workingGroups", with: "[{\"id\": \"ag\", \"name\": 3, \"members\": [], \"facilitators\": []}]"))
        } throws: { error in
            let error = error as? DocumentInputError
            return error?.kind == .wrongType && error?.path.description == "$.workingGroups[0].name"
        }
        #expect {
            try decode(document(replacing: "people", with: "[{\"displayName\": \"Anne\"}]"))
        } throws: { error in
            (error as? DocumentInputError)?.path.description == "$.people[0].id"
        }
    }

    @Test func everyTruncatedFixtureThrowsInsteadOfCrashing() throws {
        let data = try Self.fixture("course-configuration")
        for length in stride(from: 0, to: data.count - 2, by: 37) {
            #expect(throws: DocumentInputError.self) {
                try DocumentCodec.decode(CourseConfiguration.self, from: data.prefix(length))
            }
        }
    }}
