public import DocumentTree
public import ForebygCore

/// The colour of a Mestringsskema level. A colour is never shown alone: always with the level's number and name.
public enum CopingColour: String, CaseIterable, Codable, Sendable, Labelled {
    /// *Rød*: levels 1 and 2, the citizen is pressed.
    case red
    /// *Gul*: level 3, the habitual state.
    case yellow
    /// *Grøn*: levels 4 and 5, resources and strengths.
    case green

    /// The colour's name in the given language ("rød", "gul", "grøn" in Danish).
    public func label(in language: Language) -> String {
        RiskToolsStrings.for(language).colourLabel(self)
    }
}
