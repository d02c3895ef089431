import ForebygCore

/// Every fixed, user-facing label of the ActionPlans module, one value per language.
struct ActionPlansStrings: Sendable {
    /// "Arbejdsgruppen": who answers questions 1–5 of Forslag til nye tiltag.
    let workingGroup: String
    /// "Implementeringsgruppen": who answers questions 6–10.
    let implementationGroup: String

    static let danish = ActionPlansStrings(
        workingGroup: "Arbejdsgruppen",
        implementationGroup: "Implementeringsgruppen"
    )

    static let english = ActionPlansStrings(
        workingGroup: "The working group",
        implementationGroup: "The implementation group"
    )

    static func `for`(_ language: Language) -> ActionPlansStrings {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
