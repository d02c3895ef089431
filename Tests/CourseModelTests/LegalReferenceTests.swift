#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DocumentTree
import ForebygCore
import ForebygTestSupport
import Testing
@testable import CourseModel

@Suite struct LegalReferenceCodingTests {
    private static let fixture = RepositoryFiles.fixture("legal-references", ofModule: "CourseModel")

    private func decode(_ json: String) throws(DocumentInputError) -> LegalReferenceRegister {
        try DocumentCodec.decode(LegalReferenceRegister.self, from: Data(json.utf8))
    }

    /// A register with one reference whose members are `members` (JSON object body).
    private func register(reference members: String) -> String {
        #"{"type": "legal-references", "version": 1, "references": [{\#(members)}]}"#
    }

    @Test func theFixtureIsTheBuiltInRegisterByteForByte() throws {
        let data = try Data(contentsOf: Self.fixture)
        let decoded = try DocumentCodec.decode(LegalReferenceRegister.self, from: data)
        #expect(decoded == LegalReferenceRegister.builtIn)
        #expect(try DocumentCodec.encode(decoded) == data)
        #expect(try DocumentCodec.encode(LegalReferenceRegister.builtIn) == data)
        let example = try #require(CourseExamples.all.first { $0.name == "legal-references" }?.document as? LegalReferenceRegister)
        #expect(example == .builtIn)
    }

    @Test func optionalMembersMayBeAbsent() throws {
        let register = try decode(register(reference: #""id": "x", "kind": "other", "title": "X""#))
        #expect(register.asOf == nil)
        #expect(register.references == [LegalReference(id: "x", kind: .other, title: "X")])
        #expect(register.validate().isEmpty)
        #expect(!String(decoding: try DocumentCodec.encode(register), as: UTF8.self).contains("asOf"))
    }

    @Test(arguments: [
        (#""id": "x", "kind": "law", "title": "X""#, DocumentInputError.Kind.invalidValue, "$.references[0].kind"),
        (#""id": "x", "kind": "other", "title": "X", "issued": "26.09.2020""#, .invalidValue, "$.references[0].issued"),
        (#""id": "x", "kind": "other", "title": "X", "supersededFrom": "2020-02-30""#, .invalidValue, "$.references[0].supersededFrom"),
        (#""id": "x", "kind": "other""#, .missingField, "$.references[0].title"),
        (#""id": 7, "kind": "other", "title": "X""#, .wrongType, "$.references[0].id"),
    ])
    func badReferencesThrowWithTheirPath(members: String, kind: DocumentInputError.Kind, path: String) {
        #expect {
            try decode(register(reference: members))
        } throws: { error in
            let error = error as? DocumentInputError
            return error?.kind == kind && error?.path.description == path
        }
    }

    @Test(arguments: [
        (#"{"type": "legal-references", "version": 1}"#, DocumentInputError.Kind.missingField, "$.references"),
        (#"{"type": "legal-references", "version": 2, "references": []}"#, .unsupportedVersion, "$.version"),
        (#"{"type": "course-configuration", "version": 1, "references": []}"#, .unknownDocumentType, "$.type"),
        (#"{"type": "legal-references", "version": 1, "asOf": "15.12.2025", "references": []}"#, .invalidValue, "$.asOf"),
    ])
    func malformedRegistersThrowWithAPath(json: String, kind: DocumentInputError.Kind, path: String) {
        #expect {
            try decode(json)
        } throws: { error in
            let error = error as? DocumentInputError
            return error?.kind == kind && error?.path.description == path
        }
    }

    @Test func everyTruncatedFixtureThrowsInsteadOfCrashing() throws {
        let data = try Data(contentsOf: Self.fixture)
        for length in stride(from: 0, to: data.count - 2, by: 41) {
            #expect(throws: DocumentInputError.self) {
                try DocumentCodec.decode(LegalReferenceRegister.self, from: data.prefix(length))
            }
        }
    }
}

@Suite struct LegalReferenceValidationTests {
    private static func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }

    @Test func theBuiltInRegisterIsClean() {
        #expect(LegalReferenceRegister.builtIn.validate().isEmpty)
    }

    @Test(arguments: [
        (
            [LegalReference(id: "a", kind: .other, title: "A"), LegalReference(id: "a", kind: .other, title: "B")],
            DiagnosticCode.legalReferencesDuplicateID, "$.references[1].id"
        ),
        ([LegalReference(id: "", kind: .other, title: "A")], DiagnosticCode.legalReferencesEmptyID, "$.references[0].id"),
        ([LegalReference(id: "a", kind: .other, title: "")], DiagnosticCode.legalReferencesEmptyTitle, "$.references[0].title"),
        (
            [LegalReference(id: "a", kind: .other, title: "A", supersededBy: "b")],
            DiagnosticCode.legalReferencesUnknownSuccessor, "$.references[0].supersededBy"
        ),
        (
            [
                LegalReference(
                    id: "a", kind: .executiveOrder, title: "A", issued: date("2020-09-26"), inForceFrom: date("2020-09-25"))
            ],
            DiagnosticCode.legalReferencesInForceBeforeIssued, "$.references[0].inForceFrom"
        ),
        (
            [
                LegalReference(id: "a", kind: .other, title: "A", supersededBy: "b"),
                LegalReference(id: "b", kind: .other, title: "B", supersededBy: "a"),
            ],
            DiagnosticCode.legalReferencesSupersessionCycle, "$.references[0].supersededBy"
        ),
        ([LegalReference(id: "a", kind: .other, title: "A", supersededBy: "a")], DiagnosticCode.legalReferencesSupersessionCycle, "$.references[0].supersededBy"),
    ])
    func errors(references: [LegalReference], code: DiagnosticCode, path: String) {
        let diagnostics = LegalReferenceRegister(references: references).validate()
        #expect(diagnostics.errors.contains { $0.code == code && $0.path.description == path })
    }

    @Test func aSuccessorThatIsItselfReplacedIsAWarning() {
        let register = LegalReferenceRegister(
            asOf: Self.date("2026-01-01"),
            references: [
                LegalReference(id: "a", kind: .other, title: "A", supersededBy: "b", supersededFrom: Self.date("2020-11-01")),
                LegalReference(id: "b", kind: .other, title: "B", supersededBy: "c", supersededFrom: Self.date("2025-12-15")),
                LegalReference(id: "c", kind: .other, title: "C"),
            ])
        #expect(register.validate().map(\.code) == [.legalReferencesOutdatedSuccessor])
        #expect(register.validate().first?.severity == .warning)
        #expect(register.validate().first?.path.description == "$.references[0].supersededBy")
        var earlier = register
        earlier.asOf = Self.date("2025-12-14")
        #expect(earlier.validate().isEmpty)
    }

    @Test func aSuccessorNotYetInForceIsAWarning() {
        let register = LegalReferenceRegister(references: [
            LegalReference(id: "a", kind: .other, title: "A", supersededBy: "b", supersededFrom: Self.date("2020-10-01")),
            LegalReference(id: "b", kind: .other, title: "B", inForceFrom: Self.date("2020-11-01")),
        ])
        let diagnostics = register.validate()
        #expect(diagnostics.map(\.code) == [.legalReferencesSuccessorNotYetInForce])
        #expect(!diagnostics.containsErrors)
    }
}

@Suite struct LegalReferenceStatusTests {
    private static func date(_ text: String) -> CalendarDate { CalendarDate(isoString: text)! }
    private static let register = LegalReferenceRegister.builtIn

    private static func superseded(by id: LegalReferenceID, from day: String) -> LegalReferenceStatus {
        .superseded(by: register.reference(id), from: date(day))
    }

    @Test(arguments: [
        ("bek-1234-2018", "2020-10-31", LegalReferenceStatus.inForce),
        ("bek-1234-2018", "2020-11-01", superseded(by: "bek-1406-2020", from: "2020-11-01")),
        ("bek-1504-2015", "2020-10-31", .inForce),
        ("bek-1504-2015", "2026-02-17", superseded(by: "bek-1406-2020", from: "2020-11-01")),
        ("bek-1406-2020", "2020-10-31", .notYetInForce(from: date("2020-11-01"))),
        ("bek-1406-2020", "2020-11-01", .inForce),
        ("at-vejledning-d-4-3-4", "2025-12-14", .inForce),
        ("at-vejledning-d-4-3-4", "2025-12-15", superseded(by: "at-vejledning-psykisk-arbejdsmiljoe", from: "2025-12-15")),
        ("at-vejledning-psykisk-arbejdsmiljoe", "2025-12-14", .notYetInForce(from: date("2025-12-15"))),
        ("at-vejledning-psykisk-arbejdsmiljoe", "2025-12-15", .inForce),
        ("nationale-retningslinjer-2017", "2019-01-01", .inForce),
    ])
    func statusOnADay(id: String, day: String, expected: LegalReferenceStatus) {
        #expect(Self.register.status(of: Identifier(id), on: Self.date(day)) == expected)
    }

    @Test func theRegistersOwnDayIsTheDefault() {
        #expect(Self.register.asOf == Self.date("2025-12-15"))
        #expect(Self.register.status(of: "at-vejledning-d-4-3-4")?.isSuperseded == true)
        #expect(Self.register.status(of: "no-such-reference") == nil)
        var undated = Self.register
        undated.asOf = nil
        #expect(undated.status(of: "bek-1406-2020") == .inForce)
        #expect(undated.status(of: "bek-1504-2015")?.isSuperseded == true)
    }

    @Test func aReplacementWithoutADayOrSuccessorStillCounts() {
        let register = LegalReferenceRegister(
            asOf: Self.date("2000-01-01"),
            references: [
                LegalReference(id: "a", kind: .other, title: "A", supersededBy: "b"),
                LegalReference(id: "b", kind: .other, title: "B"),
                LegalReference(id: "c", kind: .other, title: "C", supersededFrom: Self.date("1999-06-01")),
            ])
        #expect(register.status(of: "a") == .superseded(by: register.reference("b"), from: nil))
        #expect(register.statusLine(for: "a", in: .danish) == "Afløst af B.")
        #expect(register.statusLine(for: "c", in: .danish) == "Gælder ikke længere (fra 01.06.1999).")
        #expect(register.statusLine(for: "b", in: .danish) == nil)
    }

    @Test func theRegisterDocumentShowsEachStatus() throws {
        let document = Self.register.document(in: .danish)
        #expect(document.metadata.title == "Regler og vejledninger")
        #expect(document.metadata.date == "15.12.2025")
        #expect(document.metadata.slug == "legal-references")
        let table = try #require(document.tables.first)
        #expect(table.name == "legal-references")
        #expect(table.columns.map(\.key) == ["reference", "kind", "number", "issued", "in_force_from", "status", "url", "note"])
        #expect(table.rows.map { $0[5].plainText } == [
            "Afløst af Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø (fra 01.11.2020)",
            "Afløst af Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø (fra 01.11.2020)",
            "Afløst af AT-vejledning om psykisk arbejdsmiljø (fra 15.12.2025)",
            "Gældende", "Gældende", "Gældende",
        ])
        #expect(table.rows[3].map(\.plainText).prefix(5) == [
            "Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø", "Bekendtgørelse", "1406", "26.09.2020", "01.11.2020",
        ])
        let english = Self.register.document(in: .english)
        #expect(english.tables.first?.columns.map(\.title).first == "Reference")
        #expect(english.tables.first?.rows[2][5].plainText == "Superseded by AT-vejledning om psykisk arbejdsmiljø (from 2025-12-15)")
    }
}

@Suite struct IntroductionReferenceTests {
    private static let bek1234 = "Arbejdets udførelse – Bekendtgørelse nr. 1234, 2018"
    private static let moved = "Afløst af Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø (fra 01.11.2020)."
    private static let guidance = "Afløst af AT-vejledning om psykisk arbejdsmiljø (fra 15.12.2025)."

    /// The reference list's items, as plain text.
    private static func referenceItems(_ document: Document) -> [String] {
        document.blocks.compactMap { block -> ListBlock? in
            if case .list(let list) = block { list } else { nil }
        }.flatMap { $0.items.flatMap { $0.map(plainText(of:)) } }
    }

    @Test func theSeedReferenceKeepsItsTextAndGainsAStatusLine() {
        let items = Self.referenceItems(PackageIntroduction.document(in: .danish))
        #expect(items.contains("\(Self.bek1234)\n\(Self.moved)"))
        #expect(items.contains("Arbejdsrelateret vold uden for arbejdstid – Bekendtgørelse 1504, 2015\n\(Self.moved)"))
        #expect(items.contains("AT-vejledning D.4.3-4 om Vold – https://amid.dk/regler/at-vejledninger/vold-d-4-3-4/\n\(Self.guidance)"))
        #expect(items.contains("Viden om døgninstitutioner"))
    }

    @Test func theReadingGuideFootnoteGainsAStatusLine() throws {
        let callout = try #require(
            PackageIntroduction.document(in: .danish).blocks.compactMap { block -> Callout? in
                if case .callout(let callout) = block, callout.title == "FAKTA: Læsevejledning" { callout } else { nil }
            }.first)
        #expect(callout.blocks.suffix(2).map(plainText(of:)) == ["² Se AT-vejledning D.4.3-4 om Vold for nærmere beskrivelse.", Self.guidance])
    }

    @Test func anEarlierRegisterShowsNoStatusLinesBeforeTheChanges() {
        var register = LegalReferenceRegister.builtIn
        register.asOf = CalendarDate("2020-10-31")
        let text = plainText(of: PackageIntroduction.document(in: .danish, references: register))
        #expect(text.contains(Self.bek1234))
        #expect(!text.contains("Afløst af"))
        register.asOf = CalendarDate("2025-12-14")
        let between = plainText(of: PackageIntroduction.document(in: .danish, references: register))
        #expect(between.contains(Self.moved))
        #expect(!between.contains(Self.guidance))
    }

    @Test func theDefaultIsTheBuiltInRegister() {
        #expect(PackageIntroduction.document(in: .danish) == PackageIntroduction.document(in: .danish, references: .builtIn))
        let english = plainText(of: PackageIntroduction.document(in: .english))
        #expect(english.contains("\(Self.bek1234)\nSuperseded by Bekendtgørelse nr. 1406 af 26.09.2020 om psykisk arbejdsmiljø (from 2020-11-01)."))
    }

    @Test func anIntegratorsRegisterNamesItsOwnSuccessor() {
        var register = LegalReferenceRegister.builtIn
        register.references.append(LegalReference(id: "bek-ny", kind: .executiveOrder, title: "En ny bekendtgørelse"))
        register.references[3].supersededBy = "bek-ny"
        register.references[3].supersededFrom = CalendarDate("2027-01-01")
        register.asOf = CalendarDate("2027-01-01")
        #expect(register.validate().map(\.code) == [.legalReferencesOutdatedSuccessor, .legalReferencesOutdatedSuccessor])
        #expect(plainText(of: PackageIntroduction.document(in: .danish, references: register)).contains(Self.moved))
    }
}
