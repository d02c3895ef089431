import DocumentTree

extension HTMLWriter {
    /// Writes a chart as a figure: an inline SVG drawing (bars or a line, value labels, axis
    /// titles, dashed and labelled reference lines), the data table and the summary.
    mutating func writeChart(_ chart: Chart) {
        output.append(markup: "<figure class=\"chart\">\n<figcaption>")
        output.appendHTML(chart.title)
        output.append(markup: "</figcaption>\n")
        if !chart.points.isEmpty { writeChartDrawing(chart) }
        writeTable(chart.dataTable, class: "chartData", caption: InlineText(strings.chartData))
        writeParagraph(InlineText(chart.summary), class: "chartSummary")
        if !chart.referenceLines.isEmpty {
            writeParagraph(InlineText(strings.referenceLines), class: "referenceLinesTitle")
            writeDescriptionList(DescriptionList(items: chart.referenceLines.map {
                .init(label: $0.label, value: InlineText(chart.formatted($0.value)))
            }))
        }
        output.append(markup: "</figure>\n")
    }

    /// Writes the SVG drawing.
    private mutating func writeChartDrawing(_ chart: Chart) {
        let geometry = ChartGeometry(chart: chart)
        let titleID = nextID("chart-title-")
        let descriptionID = nextID("chart-desc-")
        output.append(
            "<svg class=\"chartGraphic\" role=\"img\" aria-labelledby=\"" + titleID + " " + descriptionID
                + "\" viewBox=\"0 0 640 300\" width=\"640\" height=\"300\">\n<title id=\"" + titleID + "\">")
        output.appendHTML(chart.title, newline: .space)
        output.append("</title>\n<desc id=\"" + descriptionID + "\">")
        output.appendHTML(chart.summary, newline: .space)
        output.append(markup: "</desc>\n")
        writeGrid(geometry, chart: chart)
        switch chart.kind {
        case .bar: writeBars(geometry, chart: chart)
        case .line: writeLine(geometry, chart: chart)
        }
        writeReferenceLines(geometry, chart: chart)
        output.append(markup: "</svg>\n")
    }

    /// Writes grid lines with value labels, the axes, the category labels and the axis titles.
    private mutating func writeGrid(_ geometry: ChartGeometry, chart: Chart) {
        let left = ChartGeometry.format(ChartGeometry.plotLeft)
        let right = ChartGeometry.format(ChartGeometry.plotRight)
        for tick in geometry.ticks {
            let y = ChartGeometry.format(geometry.y(tick))
            output.append("<line x1=\"" + left + "\" y1=\"" + y + "\" x2=\"" + right + "\" y2=\"" + y + "\" stroke=\"#c8c8c8\"/>")
            output.append("<text x=\"" + ChartGeometry.format(ChartGeometry.plotLeft - 6) + "\" y=\"" + y
                + "\" dy=\"4\" text-anchor=\"end\" font-size=\"12\">")
            output.appendHTML(geometry.tickLabel(tick, decimalSeparator: chart.language.decimalSeparator), newline: .space)
            output.append(markup: "</text>\n")
        }
        let zero = ChartGeometry.format(geometry.y(0))
        let top = ChartGeometry.format(ChartGeometry.plotTop)
        let bottom = ChartGeometry.format(ChartGeometry.plotBottom)
        output.append("<line x1=\"" + left + "\" y1=\"" + top + "\" x2=\"" + left + "\" y2=\"" + bottom + "\" stroke=\"#000\"/>")
        output.append("<line x1=\"" + left + "\" y1=\"" + zero + "\" x2=\"" + right + "\" y2=\"" + zero + "\" stroke=\"#000\"/>\n")
        let stride = Self.labelStride(for: chart, slotWidth: geometry.slotWidth)
        let maximumCharacters = max(ChartGeometry.wholeNumber((geometry.slotWidth * Double(stride) / 7).rounded(.down)), 3)
        for (index, point) in chart.points.enumerated() where index % stride == 0 {
            output.append("<text x=\"" + ChartGeometry.format(geometry.x(index)) + "\" y=\""
                + ChartGeometry.format(ChartGeometry.plotBottom + 18) + "\" text-anchor=\"middle\" font-size=\"12\">")
            output.appendHTML(Self.shortened(point.label, to: maximumCharacters), newline: .space)
            output.append(markup: "</text>\n")
        }
        output.append("<text x=\"" + ChartGeometry.format((ChartGeometry.plotLeft + ChartGeometry.plotRight) / 2)
            + "\" y=\"290\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">")
        output.appendHTML(chart.categoryTitle, newline: .space)
        output.append(markup: "</text>\n<text x=\"16\" y=\"134\" transform=\"rotate(-90 16 134)\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">")
        output.appendHTML(chart.valueTitle, newline: .space)
        output.append(markup: "</text>\n")
    }

    /// Writes one bar per point, each with its value above it (below it when negative).
    private mutating func writeBars(_ geometry: ChartGeometry, chart: Chart) {
        let barWidth = geometry.slotWidth * 0.6
        let zero = geometry.y(0)
        for (index, point) in chart.points.enumerated() {
            let top = geometry.y(point.value)
            let x = geometry.x(index)
            output.append("<rect x=\"" + ChartGeometry.format(x - barWidth / 2) + "\" y=\"" + ChartGeometry.format(min(top, zero))
                + "\" width=\"" + ChartGeometry.format(barWidth) + "\" height=\"" + ChartGeometry.format(abs(zero - top))
                + "\" fill=\"#4f6d94\" stroke=\"#1b2b40\"/>")
            writeValueLabel(chart.formatted(point.value), x: x, y: point.value < 0 ? top + 14 : top - 5)
        }
    }

    /// Writes the points joined by a line, each marked with a dot and its value.
    private mutating func writeLine(_ geometry: ChartGeometry, chart: Chart) {
        let coordinates = chart.points.indices.map {
            ChartGeometry.format(geometry.x($0)) + "," + ChartGeometry.format(geometry.y(chart.points[$0].value))
        }
        output.append("<polyline points=\"" + coordinates.joined(separator: " ") + "\" fill=\"none\" stroke=\"#1b2b40\" stroke-width=\"2\"/>\n")
        for (index, point) in chart.points.enumerated() {
            let y = geometry.y(point.value)
            output.append("<circle cx=\"" + ChartGeometry.format(geometry.x(index)) + "\" cy=\"" + ChartGeometry.format(y)
                + "\" r=\"4\" fill=\"#1b2b40\"/>")
            writeValueLabel(chart.formatted(point.value), x: geometry.x(index), y: point.value < 0 ? y + 18 : y - 8)
        }
    }

    /// Writes a value label (already formatted, escaped here) centred at a position.
    private mutating func writeValueLabel(_ value: String, x: Double, y: Double) {
        output.append("<text x=\"" + ChartGeometry.format(x) + "\" y=\"" + ChartGeometry.format(y)
            + "\" text-anchor=\"middle\" font-size=\"12\">")
        output.appendHTML(value, newline: .space)
        output.append(markup: "</text>\n")
    }

    /// Writes each reference line dashed across the plot, labelled with its name and value.
    private mutating func writeReferenceLines(_ geometry: ChartGeometry, chart: Chart) {
        for line in chart.referenceLines {
            let y = ChartGeometry.format(geometry.y(line.value))
            output.append("<line x1=\"" + ChartGeometry.format(ChartGeometry.plotLeft) + "\" y1=\"" + y + "\" x2=\""
                + ChartGeometry.format(ChartGeometry.plotRight) + "\" y2=\"" + y
                + "\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
            output.append("<text x=\"" + ChartGeometry.format(ChartGeometry.plotRight - 4) + "\" y=\"" + y
                + "\" dy=\"-4\" text-anchor=\"end\" font-size=\"12\" font-style=\"italic\">")
            output.appendHTML(line.label + ": " + chart.formatted(line.value), newline: .space)
            output.append(markup: "</text>\n")
        }
    }

    /// Every how many points a category label is written: every point, unless a long series (such
    /// as 24 hours) has labels too long for their slots, where every second, third or fourth is
    /// written in full instead of all of them cut short.
    static func labelStride(for chart: Chart, slotWidth: Double) -> Int {
        let charactersPerSlot = max(slotWidth / 7, 1)
        let longest = Double(chart.points.map(\.label.count).max() ?? 0)
        guard chart.points.count > 12, longest > charactersPerSlot else { return 1 }
        return min(ChartGeometry.wholeNumber((longest / charactersPerSlot).rounded(.up)), 4)
    }

    /// The text cut to `limit` characters, ending in an ellipsis when cut (the data table has it in full).
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
