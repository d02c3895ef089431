public import DocumentTree
public import ForebygCore

/// A Mestringsskema coping level, 1 (the most pressed) to 5.
///
/// Seed 002 gives five levels "markeret med farverne grøn, gul og rød": the yellow field is the
/// citizen's habitual state, the two green fields resources and strengths, the two red fields
/// challenges, and "Når borgeren er i de røde felter, suppleres Mestringsskemaet med scoringer i
/// BVC" — at both red levels. The seed names no levels and numbers none: the numbering (1 at the
/// red end) and the names ("presset", "habituel tilstand", "har det godt og har overskud") are
/// this package's decision. In JSON the number 1–5; any other number is an error with its path.
public enum CopingLevel: Int, CaseIterable, Sendable, Comparable, Labelled, Numbered {
    /// Level 1, red: the most pressed; the BVC is coupled on.
    case one = 1
    /// Level 2, red: pressed; the BVC is coupled on.
    case two
    /// Level 3, yellow: the habitual state.
    case three
    /// Level 4, green: doing well.
    case four
    /// Level 5, green: doing well, with the most energy to spare.
    case five

    /// The level's colour.
    public var colour: CopingColour {
        switch self {
        case .one, .two: .red
        case .three: .yellow
        case .four, .five: .green
        }
    }

    /// The level's name in the given language ("presset", "habituel tilstand", "har det godt og har overskud").
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).levelName(colour)
    }

    /// Number, colour and name together, for example "1 · rød · presset": the colour never stands alone.
    public func displayName(in language: Language) -> String {
        "\(number) · \(colour.label(in: language)) · \(label(in: language))"
    }
}

extension CopingLevel: Codable {
    /// Decodes a level number, 1–5.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeSingleValue(Int.self, converting: CopingLevel.init(rawValue:)) {
            "a Mestringsskema level is 1, 2, 3, 4 or 5, found \($0)"
        }
    }

    /// Encodes the level's number.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(rawValue)
    }
}
