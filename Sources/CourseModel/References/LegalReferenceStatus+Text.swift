import DocumentTree
import ForebygCore

extension LegalReferenceStatus {
    /// The status in words, for example "Afløst af Bekendtgørelse nr. 1406 af 26.09.2020 om
    /// psykisk arbejdsmiljø (fra 01.11.2020)"; a replacement is named by its title.
    func text(in language: Language) -> String {
        let strings = CourseModelStrings.for(language)
        switch self {
        case .inForce:
            return strings.inForce
        case .notYetInForce(let start):
            return "\(strings.appliesFrom) \(start.formatted(in: language))"
        case .superseded(let successor, let start):
            let phrase = successor.map { "\(strings.supersededBy) \($0.title)" } ?? strings.noLongerInForce
            return start.map { "\(phrase) (\(strings.from) \($0.formatted(in: language)))" } ?? phrase
        }
    }
}

extension LegalReferenceRegister {
    /// The sentence shown under a cited reference when it no longer applies as of ``asOf``,
    /// for example "Afløst af … (fra 01.11.2020)."; `nil` when it applies or the id is unknown.
    func statusLine(for id: LegalReferenceID, in language: Language) -> String? {
        guard let status = status(of: id), status.isSuperseded else { return nil }
        return status.text(in: language) + "."
    }
}
