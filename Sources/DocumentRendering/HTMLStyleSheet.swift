/// The one style sheet every HTML page carries inline: readable on screen, laid out for A4 in print.
enum HTMLStyleSheet {
    /// The CSS text.
    static let css: StaticString = """
        @page { size: A4; margin: 16mm 16mm 18mm 16mm; }
        html { background: #fff; color: #111; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; margin: 0 auto; max-width: 50rem; padding: 1.5rem; }
        h1 { font-size: 1.7em; margin: 0 0 0.2em; }
        h2 { font-size: 1.35em; margin: 1.3em 0 0.4em; }
        h3 { font-size: 1.15em; margin: 1.1em 0 0.3em; }
        h4, h5, h6 { font-size: 1em; margin: 1em 0 0.3em; }
        h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
        p, li, th, td { orphans: 3; widows: 3; }
        .documentHeader { border-bottom: 2px solid #111; margin-bottom: 1em; padding-bottom: 0.4em; }
        .subject { font-size: 1.1em; margin: 0; }
        .date { margin: 0.2em 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.2em 0; break-after: avoid; page-break-after: avoid; }
        th, td { border: 1px solid #555; padding: 0.25em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        td:empty { height: 1.8em; }
        table.wide { font-size: 0.8em; }
        table.wide th, table.wide td { padding: 0.15em 0.25em; }
        th.vertical { writing-mode: sideways-lr; height: 10em; vertical-align: bottom; }
        thead th { background: #e6e6e6; border-bottom: 2px solid #111; }
        tbody th { font-weight: bold; }
        tbody tr:first-child, tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
        .field { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
        .question { font-weight: bold; margin: 0 0 0.2em; break-after: avoid; page-break-after: avoid; }
        .answeredBy { font-style: italic; margin: 0 0 0.3em; break-after: avoid; page-break-after: avoid; }
        .answer { border-left: 3px solid #555; padding-left: 0.6em; }
        .writingLine { border-bottom: 1px solid #444; height: 9mm; }
        .details { margin: 0.6em 0 1em; }
        .details div { display: flex; gap: 0.8em; margin: 0.15em 0; }
        .details dt { font-weight: bold; min-width: 8em; }
        .details dd { margin: 0; flex: 1; }
        .details dd.blank { border-bottom: 1px solid #444; min-height: 1.4em; }
        .callout { border: 2px solid #111; border-left-width: 8px; padding: 0.3em 0.9em; margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
        .callout-fact { border-style: double; border-width: 4px 4px 4px 8px; }
        .callout-example { border-style: dashed; border-left-style: solid; }
        .field.long, .callout.long { break-inside: auto; page-break-inside: auto; box-decoration-break: clone; }
        .calloutTitle { break-after: avoid; page-break-after: avoid; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; }
        .chart { margin: 1em 0; }
        .chart figcaption { font-weight: bold; margin-bottom: 0.3em; break-after: avoid; page-break-after: avoid; }
        .chartGraphic { display: block; width: 100%; max-width: 640px; height: auto; }
        .chartData { width: auto; font-size: 0.9em; }
        .chartSummary { font-style: italic; }
        .referenceLinesTitle { font-weight: bold; margin-bottom: 0; }
        .documentFooter { margin-top: 2em; border-top: 1px solid #555; font-size: 9pt; }
        .documentFooter p { margin: 0.3em 0; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          thead { display: table-header-group; }
          .pageBreak { break-before: page; page-break-before: always; }
          .document + .document { break-before: page; page-break-before: always; }
          .documentFooter { display: none; }
          .answer, .callout { border-color: #000; }
        }

        """
}
