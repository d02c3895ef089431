import ForebygCommandLine
import ForebygCore
import ForebygDocuments
import Foundation
import Testing

/// Runs the built `forebyg` executable and checks its files, messages and exit statuses.
@Suite struct ExecutableTests {
    @Test func printsVersionAndHelp() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let version = try Tool.run(["--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("forebyg "))
        let help = try Tool.run(["--help"], in: folder)
        #expect(help.status == 0)
        for name in ["render", "validate", "schema", "example"] {
            #expect(help.standardOutput.contains("  \(name) "))
        }
        let renderHelp = try Tool.run(["render", "--help"], in: folder)
        #expect(renderHelp.status == 0)
        #expect(renderHelp.standardOutput.contains("--fail-fast"))
    }

    @Test(arguments: [
        (["rendr", "x.json"], "unknown subcommand 'rendr'; did you mean 'render'?"),
        (["render", "x.json", "--fromat=md"], "unknown option '--fromat=md' for 'forebyg render'; did you mean '--format'?"),
        (["render", "x.json", "--format", "mdd"], "unknown format 'mdd'; did you mean 'md'?"),
        (["render", "x.json", "--csv-dialect", "excel"], "unknown CSV dialect 'excel'"),
        (["render", "x.json", "--out"], "needs a value"),
        (["render"], "render needs at least one INPUT"),
        (["schema", "workplace-actionplan"], "did you mean 'workplace-action-plan'?"),
        (["--verison"], "unknown option '--verison'; did you mean '--version'?"),
        ([], "Usage: forebyg <subcommand>"),
    ])
    func reportsUsageErrorsWithStatus2(_ arguments: [String], _ message: String) throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let run = try Tool.run(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func rendersAGoodBatchMirroringFolders() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "in/team-a/plan.json", in: folder)
        try Tool.write(Tool.goodDocument, to: "in/team-b/plan.json", in: folder)
        let run = try Tool.run(["render", "in", "--out", "out", "--csv-dialect=excel-da"], in: folder)
        #expect(run.status == 0)
        let files = Tool.files(in: folder.appendingPathComponent("out"))
        for team in ["team-a", "team-b"] {
            #expect(files.contains("\(team)/plan.md"))
            #expect(files.contains("\(team)/plan.html"))
            #expect(files.contains { $0.hasPrefix("\(team)/plan-") && $0.hasSuffix(".csv") })
            #expect(files.contains("\(team)/plan.docx"))
        }
        #expect(run.standardError.contains("rendered 2 of 2 documents in 4 formats (md, html, csv, docx)"))
        let docx = try Data(contentsOf: folder.appendingPathComponent("out/team-a/plan.docx"))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(run.standardError.contains("0 failed"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/team-a/plan.md"), encoding: .utf8)
        #expect(markdown.contains("Møder"))
        let csvName = try #require(files.first { $0.hasPrefix("team-a/") && $0.hasSuffix(".csv") })
        let csv = try Data(contentsOf: folder.appendingPathComponent("out/\(csvName)"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func rendersOnlyTheChosenFormatsInEnglishFromStandardInput() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let run = try Tool.run(["render", "-", "--format", "md", "--language", "en", "--out=out"], in: folder, input: Tool.goodDocument)
        #expect(run.status == 0)
        #expect(Tool.files(in: folder.appendingPathComponent("out")) == ["stdin.md"])
    }

    @Test func printPutsTheRenderedDocumentsOnOnePageInInputOrder() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "in/a.json", in: folder)
        try Tool.write("{ not json", to: "in/b.json", in: folder)
        try Tool.write(Tool.goodDocument, to: "in/c.json", in: folder)
        let run = try Tool.run(["render", "in", "--format", "md", "--out", "out", "--print", "print.html", "--print-docx", "print.docx"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("print: 2 documents → print.html"))
        #expect(run.standardError.contains("print: 2 documents → print.docx"))
        let docx = try Data(contentsOf: folder.appendingPathComponent("print.docx"))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // Two documents: two sections, two footers.
        #expect(String(decoding: docx, as: UTF8.self).components(separatedBy: "<w:sectPr>").count == 3)
        let html = String(decoding: try Data(contentsOf: folder.appendingPathComponent("print.html")), as: UTF8.self)
        #expect(html.contains("<title>Samlet udskrift</title>"))
        #expect(html.components(separatedBy: "Eksempel på handleplan for forebyggelse af trusler og vold</h1>").count == 3)
    }

    @Test func reportsBadFilesWithPathAndJSONPathAndRendersTheRest() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "in/good.json", in: folder)
        try Tool.write("{ not json", to: "in/broken.json", in: folder)
        try Tool.write(#"{"type": "workplace-actionplan", "version": 1}"#, to: "in/unknown-type.json", in: folder)
        try Tool.write(#"{"type": "workplace-action-plan", "version": 1, "rows": [{"id": 5}]}"#, to: "in/wrong-type.json", in: folder)
        try Tool.write(#"{"type": "workplace-action-plan", "version": 9, "rows": []}"#, to: "in/future.json", in: folder)
        let run = try Tool.run(["render", "in", "--out", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("in/broken.json: error at $: not valid JSON"))
        #expect(run.standardError.contains(#"in/unknown-type.json: error at $.type: unknown document type "workplace-actionplan"; did you mean "workplace-action-plan"?"#))
        #expect(run.standardError.contains("in/wrong-type.json: error at $.rows[0]"))
        #expect(run.standardError.contains("in/future.json: error at $.version: version 9"))
        #expect(run.standardError.contains("rendered 1 of 5 documents"))
        #expect(run.standardError.contains("4 failed"))
        let files = Tool.files(in: folder.appendingPathComponent("out"))
        #expect(files.contains("good.md"))
        #expect(!files.contains { !$0.hasPrefix("good") })
    }

    @Test func validationErrorsBlockRenderingOfThatFile() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let text = String(decoding: Tool.goodDocument, as: UTF8.self)
        let invalid = text.replacing(#""id" : "moeder""#, with: #""id" : "analyse-af-registreringer""#)
        try #require(invalid != text)
        try Tool.write(invalid, to: "duplicate.json", in: folder)
        let run = try Tool.run(["render", "duplicate.json", "--out", "out"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("duplicate.json: error at $.rows["))
        #expect(run.standardError.contains("(plan.duplicateID)"))
        #expect(Tool.files(in: folder.appendingPathComponent("out")).isEmpty)
    }

    @Test func warningsArePrintedAndTheFileIsStillRendered() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let example = try #require(ExampleCatalog.all.first { example in
            let diagnostics = example.document.validate()
            return !diagnostics.warnings.isEmpty && !diagnostics.containsErrors
        })
        let document = example.document
        try Tool.write(try DocumentCodec.encode(document), to: "warned.json", in: folder)
        let run = try Tool.run(["render", "warned.json", "--out", "out", "--format", "md"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError.contains("warned.json: warning at $."))
        #expect(run.standardError.contains("0 failed, \(document.validate().warnings.count) warning"))
        #expect(Tool.files(in: folder.appendingPathComponent("out")) == ["warned.md"])
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write("[]", to: "in/a-bad.json", in: folder)
        for index in 0..<5 { try Tool.write(Tool.goodDocument, to: "in/b-good-\(index).json", in: folder) }
        let run = try Tool.run(["render", "in", "--out", "out", "--fail-fast", "--jobs", "1"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("in/a-bad.json: error"))
        #expect(run.standardError.contains("5 not started (--fail-fast)"))
        #expect(Tool.files(in: folder.appendingPathComponent("out")).isEmpty)
    }

    @Test func outputIsTheSameWhateverTheNumberOfJobs() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        for index in 0..<12 { try Tool.write(Tool.goodDocument, to: "in/plan-\(index).json", in: folder) }
        #expect(try Tool.run(["render", "in", "--out", "one", "--jobs", "1"], in: folder).status == 0)
        #expect(try Tool.run(["render", "in", "--out", "many", "--jobs", "4", "--fsync"], in: folder).status == 0)
        let one = Tool.files(in: folder.appendingPathComponent("one"))
        #expect(one.count >= 36)
        #expect(one == Tool.files(in: folder.appendingPathComponent("many")))
        for path in one {
            let a = try Data(contentsOf: folder.appendingPathComponent("one/\(path)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("many/\(path)"))
            #expect(a == b, "\(path) differs")
        }
    }

    @Test func validateReportsJSONRecordsAndExitStatus() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(Tool.goodDocument, to: "good.json", in: folder)
        try Tool.write(#"{"type": "workplace-action-plan", "version": 1}"#, to: "missing.json", in: folder)
        let good = try Tool.run(["validate", "good.json"], in: folder)
        #expect(good.status == 0)
        let run = try Tool.run(["validate", "good.json", "missing.json", "--json"], in: folder)
        #expect(run.status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: String]])
        let missing = try #require(records.first { $0["file"] == "missing.json" })
        #expect(missing == ["file": "missing.json", "severity": "error", "code": "input.missingField", "path": "$.rows", "message": "required member is missing"])
        let text = try Tool.run(["validate", "missing.json"], in: folder)
        #expect(text.standardOutput == "missing.json: error at $.rows: required member is missing (input.missingField)\n")
    }

    @Test func schemaPrintsAndListsSchemas() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let list = try Tool.run(["schema", "--list"], in: folder)
        #expect(list.status == 0)
        #expect(list.standardOutput.contains("workplace-action-plan\tversion 1"))
        let schema = try Tool.run(["schema", "workplace-action-plan"], in: folder)
        #expect(schema.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(schema.standardOutput.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func exampleWritesJSONAndRendersIt() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let run = try Tool.run(["example", "--out", "ex"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("ex/json/"))
        let files = Tool.files(in: folder.appendingPathComponent("ex"))
        #expect(files.contains("json/plans/seed-003-handleplan.json"))
        #expect(files.contains("documents/plans/seed-003-handleplan.html"))
        #expect(files.contains("printables/risk/blank-bvc-week-sheet.html"))
        #expect(files.contains("printables/course/stoetteark-4-forslag-til-nye-tiltag.md"))
        #expect(files.contains("stoetteark.html"))
        #expect(files.contains("stoetteark.docx"))
        #expect(files.contains("documents/plans/seed-003-handleplan.docx"))
        #expect(files.contains("course/course.docx"))
        let json = try Data(contentsOf: folder.appendingPathComponent("ex/json/plans/seed-003-handleplan.json"))
        #expect(json == Tool.goodDocument)
    }
}

/// The `course` and `bench` subcommands, run as a subprocess.
@Suite struct CourseAndBenchExecutableTests {
    private func exampleConfiguration(in folder: URL) throws {
        #expect(try Tool.run(["example", "--out", "ex"], in: folder).status == 0)
    }

    @Test func coursePlansWritesAValidDeterministicCalendar() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try exampleConfiguration(in: folder)
        let run = try Tool.run(["course", "ex/json/course/course-configuration.json", "--out", "c", "--format=md"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput == "c/course-configuration.md\nc/course-configuration.ics\n")
        let ics = try String(contentsOf: folder.appendingPathComponent("c/course-configuration.ics"), encoding: .utf8)
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 21)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 21)
        let again = try Tool.run(["course", "ex/json/course/course-configuration.json", "--out", "d", "--format=md"], in: folder)
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("d/course-configuration.ics"), encoding: .utf8) == ics)
        let example = try String(contentsOf: folder.appendingPathComponent("ex/course/course.ics"), encoding: .utf8)
        #expect(example.contains("BEGIN:VEVENT"))
    }

    @Test func courseReportsAnInvalidConfigurationAndABadTime() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        try Tool.write(#"{"type": "course-configuration", "version": 1}"#, to: "bad.json", in: folder)
        let bad = try Tool.run(["course", "bad.json", "--out", "c"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("bad.json: error at $."))
        #expect(Tool.files(in: folder.appendingPathComponent("c")).isEmpty)
        let time = try Tool.run(["course", "bad.json", "--start-time", "25:00"], in: folder)
        #expect(time.status == 2)
        #expect(time.standardError.contains("--start-time needs a time as HH:MM, found '25:00'"))
    }

    @Test func benchReportsThroughputForOneAndSeveralJobs() throws {
        let folder = try Tool.scratchFolder()
        defer { Tool.remove(folder) }
        let run = try Tool.run(["bench", "--documents", "20", "--jobs=2", "--dir", "scratch"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("bench: 20 synthetic handleplaner"))
        #expect(run.standardOutput.contains("  jobs 1: "))
        #expect(run.standardOutput.contains("speed-up"))
        #expect(run.standardOutput.components(separatedBy: "documents/s").count == 5)
        #expect(Tool.files(in: folder.appendingPathComponent("scratch/out-2")).count >= 60)
    }
}
