import DocumentTree

/// Where a chart's parts go in its SVG drawing: a fixed 640 × 300 canvas with margins for labels.
struct ChartGeometry {
    /// The canvas width.
    static let width = 640.0
    /// The canvas height.
    static let height = 300.0
    /// The plot area's left edge (room for value labels).
    static let plotLeft = 72.0
    /// The plot area's right edge.
    static let plotRight = 624.0
    /// The plot area's top edge.
    static let plotTop = 24.0
    /// The plot area's bottom edge (room for category labels and the axis title).
    static let plotBottom = 244.0

    /// The lowest value on the value axis.
    let axisMinimum: Double
    /// The highest value on the value axis.
    let axisMaximum: Double
    /// The distance between grid lines.
    let step: Double
    /// How many points share the category axis.
    let pointCount: Int

    /// Fits the axis to the points, the reference lines and zero.
    init(chart: Chart) {
        let values = (chart.points.map(\.value) + chart.referenceLines.map(\.value)).filter(\.isFinite)
            .map { min(max($0, -Self.largestValue), Self.largestValue) }
        let low = min(values.min() ?? 0, 0)
        var high = max(values.max() ?? 0, 0)
        if high == low { high = low + 1 }
        step = Self.niceStep((high - low) / 4)
        axisMinimum = (low / step).rounded(.down) * step
        axisMaximum = (high / step).rounded(.up) * step
        pointCount = chart.points.count
    }

    /// The largest magnitude the axis spans (2^53, the largest whole number a `Double` holds
    /// exactly): larger values are drawn at the edge, so that no computation overflows.
    static let largestValue = 9_007_199_254_740_992.0

    /// The vertical position of a value (non-finite values sit at zero).
    func y(_ value: Double) -> Double {
        let value = value.isFinite ? min(max(value, axisMinimum), axisMaximum) : 0
        return Self.plotBottom - (value - axisMinimum) / (axisMaximum - axisMinimum) * (Self.plotBottom - Self.plotTop)
    }

    /// The width of one category's slot.
    var slotWidth: Double { (Self.plotRight - Self.plotLeft) / Double(max(pointCount, 1)) }

    /// The horizontal centre of the category at `index`.
    func x(_ index: Int) -> Double { Self.plotLeft + slotWidth * (Double(index) + 0.5) }

    /// The values with grid lines, from the bottom of the axis to the top.
    var ticks: [Double] {
        let count = Self.wholeNumber((axisMaximum - axisMinimum) / step)
        return (0...min(max(count, 1), 20)).map { axisMinimum + Double($0) * step }
    }

    /// A grid line's value label, with as many decimals as the step needs (so `0.30000000000000004`
    /// reads `0.3`, or `0,3` with a comma as `decimalSeparator`).
    func tickLabel(_ value: Double, decimalSeparator: String = ".") -> String {
        var decimals = 0
        var scale = 1.0
        while decimals < 6, (step * scale).rounded() != step * scale {
            decimals += 1
            scale *= 10
        }
        let scaled = Self.wholeNumber(value * scale)
        guard decimals > 0 else { return String(scaled) }
        let digits = String(abs(scaled))
        let padded = String(repeating: "0", count: max(decimals + 1 - digits.count, 0)) + digits
        let sign = scaled < 0 ? "-" : ""
        return sign + padded.dropLast(decimals) + decimalSeparator + padded.suffix(decimals)
    }

    /// The smallest of 1, 2 or 5 times a power of ten that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for multiple in [1.0, 2, 5] where multiple * magnitude >= raw { return multiple * magnitude }
        return 10 * magnitude
    }

    /// A number rounded to a whole number, within ±2^53 (NaN gives 0): never a trapping conversion.
    static func wholeNumber(_ value: Double) -> Int {
        guard value.isFinite else { return value.isNaN ? 0 : (value > 0 ? Int(largestValue) : -Int(largestValue)) }
        return Int(min(max(value.rounded(), -largestValue), largestValue))
    }

    /// A coordinate with at most one decimal, written the same way on every machine.
    static func format(_ coordinate: Double) -> String {
        let tenths = wholeNumber(coordinate * 10)
        let whole = String(tenths / 10)
        let fraction = abs(tenths % 10)
        let sign = tenths < 0 && tenths > -10 ? "-" : ""
        return fraction == 0 ? sign + whole : sign + whole + "." + String(fraction)
    }
}
