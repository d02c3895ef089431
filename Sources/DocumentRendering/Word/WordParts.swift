/// The fixed parts of a `.docx` package and those built from a document's metadata.
enum WordParts {
    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The WordprocessingML namespace.
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The relationships namespace used by `r:id` attributes.
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `[Content_Types].xml` for a package with `footerCount` footers.
    static func contentTypes(footerCount: Int) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var xml = declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>\n"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>\n"
            + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(main).numbering+xml\"/>\n"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>\n"
        for index in 1...max(footerCount, 1) {
            xml += "<Override PartName=\"/word/footer\(index).xml\" ContentType=\"\(main).footer+xml\"/>\n"
        }
        return xml + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\n"
            + "</Types>\n"
    }

    /// `_rels/.rels`: the main document and the core properties.
    static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"word/document.xml\"/>\n"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\n"
        + "</Relationships>\n"

    /// `word/_rels/document.xml.rels`: styles, numbering, settings and the footers, footer `n`
    /// as relationship `rIdFooter<n>`.
    static func documentRelationships(footerCount: Int) -> String {
        var xml = declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            + "<Relationship Id=\"rIdStyles\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>\n"
            + "<Relationship Id=\"rIdNumbering\" Type=\"\(relationshipNamespace)/numbering\" Target=\"numbering.xml\"/>\n"
            + "<Relationship Id=\"rIdSettings\" Type=\"\(relationshipNamespace)/settings\" Target=\"settings.xml\"/>\n"
        for index in 1...max(footerCount, 1) {
            xml += "<Relationship Id=\"rIdFooter\(index)\" Type=\"\(relationshipNamespace)/footer\" Target=\"footer\(index).xml\"/>\n"
        }
        return xml + "</Relationships>\n"
    }

    /// `word/settings.xml` (children in the order of `CT_Settings`).
    static let settings = declaration
        + "<w:settings xmlns:w=\"\(wordNamespace)\">\n"
        + "<w:defaultTabStop w:val=\"708\"/><w:hyphenationZone w:val=\"425\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\n"
        + "</w:settings>\n"

    /// `docProps/core.xml`: title, subject and language, and no dates, so that the bytes depend
    /// on the document alone.
    static func coreProperties(title: String, subject: String?, languageTag: String) -> [UInt8] {
        var output = TextBuffer(capacity: 1024)
        output.append(declaration)
        output.append(markup: "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        output.append(markup: " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">\n<dc:title>")
        output.appendXML(title)
        output.append(markup: "</dc:title>")
        if let subject, !subject.isEmpty {
            output.append(markup: "<dc:subject>")
            output.appendXML(subject)
            output.append(markup: "</dc:subject>")
        }
        output.append(markup: "<dc:language>")
        output.appendXML(languageTag)
        output.append(markup: "</dc:language>\n</cp:coreProperties>\n")
        return output.finish()
    }

    /// `word/footer<n>.xml`: `text` (title · date), then "Side n af m" with the page number and the
    /// page count as `PAGE` and `NUMPAGES` fields that Word and LibreOffice fill in.
    static func footer(text: String, strings: DocumentRenderingStrings, runLanguage: String?) -> [UInt8] {
        var writer = WordWriter(strings: strings, capacity: 2048)
        writer.runLanguage = runLanguage
        writer.output.append(declaration)
        writer.output.append("<w:ftr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\">\n")
        writer.output.append(markup: "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>")
        if !text.isEmpty { writer.writeRun(text + strings.footerSeparator) }
        writer.writeRun(strings.page + " ")
        writeField("PAGE", into: &writer)
        writer.writeRun(" " + strings.pageOf + " ")
        writeField("NUMPAGES", into: &writer)
        writer.output.append(markup: "</w:p>\n</w:ftr>\n")
        return writer.output.finish()
    }

    /// A complex field (`w:fldChar` begin, instruction, separate, a placeholder result, end).
    private static func writeField(_ instruction: StaticString, into writer: inout WordWriter) {
        writer.output.append(markup: "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ")
        writer.output.append(markup: instruction)
        writer.output.append(markup: " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
        writer.writeRun("1")
        writer.output.append(markup: "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
    }
}
