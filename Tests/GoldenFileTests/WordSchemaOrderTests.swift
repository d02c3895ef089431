import DocumentRendering
import DocumentTree
import ForebygCore
import Testing

/// Word refuses a file whose property elements list their children out of schema order, where
/// LibreOffice, pandoc and python-docx forgive it. These sequences are ECMA-376 Part 1's
/// (`wml.xsd`): `CT_PPrBase` + `CT_PPr`, `EG_RPrBase` + `CT_RPr`, `CT_TblPrBase` + `CT_TblPr`,
/// `CT_TcPrBase` + `CT_TcPr`, `EG_HdrFtrReferences` + `EG_SectPrContents` + `CT_SectPr`.
@Suite struct WordSchemaOrderTests {
    static let sequences: [String: [String]] = [
        "w:pPr": [
            "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
            "rPr", "sectPr", "pPrChange",
        ],
        "w:rPr": [
            "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
        ],
        "w:tblPr": [
            "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
            "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
            "tblCaption", "tblDescription", "tblPrChange",
        ],
        "w:tcPr": [
            "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
            "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
            "tcPrChange",
        ],
        "w:sectPr": [
            "headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
            "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
            "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
        ],
    ]

    /// Every XML part of every built-in document, of the `everything` document and of a collection.
    static func parts() -> [(name: String, xml: String)] {
        let documents = ExampleGoldenTests.documents(in: .danish) + [("everything", EverythingDocument.document)]
        let single = documents.flatMap { name, document in
            WordRenderer().parts(for: [document], title: document.metadata.title, subject: nil, language: document.metadata.language)
                .map { (name: name + ":" + $0.path, bytes: $0.bytes) }
        }
        let collection = WordRenderer().parts(for: documents.map(\.document), title: "Samlet", subject: nil, language: .danish)
            .map { (name: "collection:" + $0.path, bytes: $0.bytes) }
        return (single + collection).map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }
    }

    @Test func propertyChildrenFollowTheSchemaOrder() {
        var checked = [String: Int]()
        for (name, xml) in Self.parts() {
            for (parent, children) in Self.childLists(xml) {
                guard let sequence = Self.sequences[parent] else { continue }
                let positions = children.map { child in sequence.firstIndex { $0.split(separator: "|").contains(Substring(child)) } }
                #expect(!positions.contains(nil), "\(name): unknown child in \(parent): \(children)")
                let known = positions.compactMap(\.self)
                #expect(known == known.sorted(), "\(name): \(parent) children out of order: \(children)")
                let repeated = zip(known, known.dropFirst()).contains { $0 == $1 && sequence[$0] != "headerReference|footerReference" }
                #expect(!repeated, "\(name): \(parent) repeats a child: \(children)")
                checked[parent, default: 0] += 1
            }
        }
        for parent in Self.sequences.keys {
            #expect(checked[parent, default: 0] > 0, "no \(parent) was checked")
        }
    }

    /// The names (without the `w:` prefix) of the direct children of every element, by element name.
    static func childLists(_ xml: String) -> [(parent: String, children: [String])] {
        var stack: [(name: String, children: [String])] = []
        var lists: [(parent: String, children: [String])] = []
        var rest = xml[...]
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                if let element = stack.popLast() { lists.append((element.name, element.children)) }
                continue
            }
            let name = String(tag.prefix { $0 != " " && $0 != "/" })
            if !stack.isEmpty { stack[stack.count - 1].children.append(String(name.drop { $0 != ":" }.dropFirst())) }
            if !tag.hasSuffix("/") { stack.append((name, [])) }
        }
        return lists
    }
}
