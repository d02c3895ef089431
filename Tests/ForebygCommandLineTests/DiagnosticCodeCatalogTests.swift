import ActionPlans
import CourseModel
import ForebygCore
import Foundation
import IncidentAnalysis
import LearningMethods
import RiskTools
import Testing
import ForebygCommandLine
import ForebygTestSupport

/// The declared diagnostic codes agree with their declarations' files, follow one casing, and
/// `Documentation/DiagnosticCodes.md` lists exactly them (it is generated from the declarations:
/// `FOREBYG_RECORD=1 swift test --filter DiagnosticCodeCatalogTests` rewrites it).
@Suite struct DiagnosticCodeCatalogTests {
    /// One module's codes: the runtime list and the declarations read from its one file.
    struct ModuleCodes: CustomStringConvertible, Sendable {
        let module: String
        let codes: [DiagnosticCode]
        var description: String { module }
    }

    /// One `public static let name = DiagnosticCode(rawValue: "raw")` with its doc comment.
    struct Declaration: Equatable {
        let name: String
        let code: String
        let summary: String
    }

    static let modules = [
        ModuleCodes(module: "ForebygCore", codes: DiagnosticCode.allForebygCoreCodes),
        ModuleCodes(module: "CourseModel", codes: DiagnosticCode.allCourseModelCodes),
        ModuleCodes(module: "ActionPlans", codes: DiagnosticCode.allActionPlansCodes),
        ModuleCodes(module: "RiskTools", codes: DiagnosticCode.allRiskToolsCodes),
        ModuleCodes(module: "IncidentAnalysis", codes: DiagnosticCode.allIncidentAnalysisCodes),
        ModuleCodes(module: "LearningMethods", codes: DiagnosticCode.allLearningMethodsCodes),
        ModuleCodes(module: "ForebygCommandLine", codes: DiagnosticCode.allForebygCommandLineCodes),
    ]

    static let root = RepositoryFiles.root
    static let catalog = root.appendingPathComponent("Documentation/DiagnosticCodes.md")

    /// Acronyms, written all in capitals inside a part (`duplicateID`), all lower case at its start (`bvc.`).
    static let acronyms = ["ID", "BVC", "FIT", "LA2", "JSON", "UTF8", "CSV", "HTML", "URL"]

    static var allCodes: [DiagnosticCode] { modules.flatMap(\.codes) }

    static func declarations(of module: String) throws -> [Declaration] {
        let file = root.appendingPathComponent("Sources/\(module)/\(module)DiagnosticCodes.swift")
        var declarations: [Declaration] = []
        var comment: [String] = []
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("/// ") {
                comment.append(String(line.dropFirst(4)))
            } else if line.hasPrefix("public static let "), line.contains("= DiagnosticCode(rawValue: \"") {
                let name = line.dropFirst("public static let ".count).prefix { $0 != " " }
                let code = line.split(separator: "\"")[1]
                declarations.append(Declaration(name: String(name), code: String(code), summary: comment.joined(separator: " ")))
                comment = []
            } else {
                comment = []
            }
        }
        return declarations
    }

    /// `plan.duplicateID` → `planDuplicateID`.
    static func memberName(of code: String) -> String {
        let parts = code.split(separator: ".")
        return parts.first.map(String.init)! + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func page() throws -> String {
        var lines = [
            "# Diagnostic codes", "",
            "Every code the package reports in a `Diagnostic` (and `forebyg validate --json` prints), by the",
            "module that declares it. Each module declares its codes once, in",
            "`Sources/<Module>/<Module>DiagnosticCodes.swift`, as static members of `DiagnosticCode` listed in",
            "`DiagnosticCode.all<Module>Codes`. This page is generated from those files and a test fails when",
            "it differs; regenerate it with",
            "`FOREBYG_RECORD=1 swift test --filter DiagnosticCodeCatalogTests`.", "",
            "**Spelling.** A code is `<area>.<problem>`, or `finding.<area>.<problem>` for the methods' findings",
            "(warnings about what the document flags). Every part is lowerCamelCase as the Swift API Design",
            "Guidelines write names: an acronym or initialism is all capitals (`duplicateID`,",
            "`redLevelWithoutBVC`, `nameNotUTF8`), except at the start of a part, where it is all lower case",
            "(`bvc.`, `la2.`). The Swift member is the parts run together: `plan.duplicateID` is",
            "`DiagnosticCode.planDuplicateID`. How codes may change between releases is in",
            "[Compatibility](Compatibility.md#diagnostic-codes).", "",
            "Each diagnostic carries its own severity; \"(a warning)\" marks the codes that are always warnings.",
        ]
        for module in modules {
            lines += ["", "## \(module.module)", "", "| code | Swift | problem |", "|---|---|---|"]
            lines += try declarations(of: module.module).map { "| `\($0.code)` | `.\($0.name)` | \($0.summary) |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("each module's file declares exactly its list, named after the code", arguments: modules)
    func declarationsMatchTheList(_ module: ModuleCodes) throws {
        let declarations = try Self.declarations(of: module.module)
        #expect(declarations.map(\.code) == module.codes.map(\.rawValue))
        for declaration in declarations {
            #expect(declaration.name == Self.memberName(of: declaration.code), "\(declaration.code)")
            #expect(!declaration.summary.isEmpty, "\(declaration.code) has no doc comment")
        }
    }

    @Test func codesAreDeclaredOnlyInTheModulesCodeFiles() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
        for file in files where file.hasSuffix(".swift") && !file.hasSuffix("DiagnosticCodes.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("DiagnosticCode(rawValue:"), "\(file) makes a code outside its module's DiagnosticCodes file")
        }
        #expect(files.filter { $0.hasSuffix("DiagnosticCodes.swift") }.count == Self.modules.count)
    }

    @Test func everyCodeIsUnique() {
        let codes = Self.allCodes.map { $0.rawValue.lowercased() }
        #expect(Set(codes).count == codes.count)
    }

    @Test func everyCodeFollowsTheCasingRule() {
        for code in Self.allCodes {
            let parts = code.rawValue.split(separator: ".", omittingEmptySubsequences: false)
            #expect(parts.count >= 2 && parts.count <= 3, "\(code)")
            #expect(parts.count == 2 || parts[0] == "finding", "\(code): three parts only for a finding")
            for part in parts {
                let ascii = part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
                #expect(ascii && part.first?.isLowercase == true, "\(code): \(part) is not lowerCamelCase")
                for acronym in Self.acronyms {
                    let titled = acronym.prefix(1) + acronym.dropFirst().lowercased()
                    let misspelled = part.ranges(of: titled).contains { range in
                        range.upperBound == part.endIndex || part[range.upperBound].isUppercase
                    }
                    #expect(!misspelled, "\(code): write \(acronym) in capitals")
                }
            }
        }
    }

    @Test func theDocumentedListIsTheDeclaredOne() throws {
        let expected = try Self.page()
        expectMatchesFile(expected, at: Self.catalog)
        let documented = try String(contentsOf: Self.catalog, encoding: .utf8)
        let listed = documented.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { $0.split(separator: "`")[1] }
        #expect(listed.map(String.init).sorted() == Self.allCodes.map(\.rawValue).sorted())
    }

    /// A code mentioned anywhere in the documentation is spelled as declared: no case-only
    /// variant (an old `plan.duplicateId`) and no undeclared finding.
    @Test func theDocumentationSpellsEveryCodeAsDeclared() throws {
        let declared = Set(Self.allCodes.map(\.rawValue))
        let byLowercase = Dictionary(Self.allCodes.map { ($0.rawValue.lowercased(), $0.rawValue) }) { first, _ in first }
        let pages = try Self.documentationPages()
        #expect(pages.count > 20)
        let token = try Regex("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+")
        for page in pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            for match in text.matches(of: token) {
                let mention = String(text[match.range])
                if let spelling = byLowercase[mention.lowercased()] {
                    #expect(mention == spelling, "\(page.lastPathComponent): `\(mention)` is spelled `\(spelling)`")
                } else if mention.hasPrefix("finding."), mention.split(separator: ".").count == 3 {
                    let isDeclared = declared.contains(mention)
                    #expect(isDeclared, "\(page.lastPathComponent): `\(mention)` is not a declared code")
                }
            }
        }
    }

    static func documentationPages() throws -> [URL] {
        let readme = root.appendingPathComponent("README.md")
        return [readme] + ["Documentation", "Sources"].flatMap { folder -> [URL] in
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            return files.filter { $0.hasSuffix(".md") }.sorted().map { base.appendingPathComponent($0) }
        }
    }
}
