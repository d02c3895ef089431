import Testing
@testable import ForebygCommandLine

@Suite struct ArgumentParserTests {
    private let parser = ArgumentParser(
        commandName: "forebyg render",
        options: [.value("out", "DIR", "Output."), .value("format", "LIST", "Formats."), .flag("fsync", "Flush.")]
    )

    @Test(arguments: [["--out", "dir"], ["--out=dir"]])
    func acceptsSeparateAndInlineValues(_ arguments: [String]) throws {
        let parsed = try parser.parse(arguments)
        #expect(parsed.value("out") == "dir")
        #expect(parsed.positionals.isEmpty)
    }

    @Test func keepsPositionalsInOrderWithStandardInputAndDoubleDash() throws {
        let parsed = try parser.parse(["a.json", "-", "--fsync", "b", "--", "--out"])
        #expect(parsed.positionals == ["a.json", "-", "b", "--out"])
        #expect(parsed.has("fsync"))
        #expect(parsed.value("out") == nil)
    }

    @Test func splitsListsAtCommasAcrossRepeats() throws {
        let parsed = try parser.parse(["--format", "md,html", "--format=csv"])
        #expect(parsed.listValue("format") == ["md", "html", "csv"])
        #expect(parsed.value("format") == "csv")
    }

    @Test func inlineValueMayBeEmptyOrContainEquals() throws {
        #expect(try parser.parse(["--out="]).value("out") == "")
        #expect(try parser.parse(["--out=a=b"]).value("out") == "a=b")
    }

    @Test(arguments: ["-h", "--help"])
    func acceptsHelpEverywhere(_ flag: String) throws {
        #expect(try parser.parse(["x", flag]).has("help"))
    }

    @Test func namesAnUnknownOptionAndSuggestsTheClosest() {
        #expect(throws: UsageError("unknown option '--fromat' for 'forebyg render'", suggestion: "--format")) {
            try parser.parse(["--fromat", "md"])
        }
    }

    @Test func rejectsSingleDashOptionsOtherThanHelp() {
        #expect(throws: UsageError("unknown option '-o' for 'forebyg render'", suggestion: nil)) {
            try parser.parse(["-o", "x"])
        }
    }

    @Test func reportsAMissingValue() throws {
        let error = try #require(throws: UsageError.self) { try parser.parse(["--out"]) }
        #expect(error.message.contains("'--out'"))
        #expect(error.message.contains("needs a value"))
    }

    @Test func rejectsAValueOnAFlag() throws {
        let error = try #require(throws: UsageError.self) { try parser.parse(["--fsync=yes"]) }
        #expect(error.message.contains("takes no value"))
    }

    @Test func describesErrorsWithTheSuggestion() {
        #expect(UsageError("unknown subcommand 'rendr'", suggestion: "render").description
            == "unknown subcommand 'rendr'; did you mean 'render'?")
        #expect(UsageError("bad").description == "bad")
    }
}
