public import ForebygCore

extension LA2Plan {
    /// A reflection question's number, 1 to the most questions a version has: each audience's version has its own.
    public static let questionBounds = IntegerBounds(
        "question", 1...(LA2Audience.allCases.map { LA2ReflectionQuestions.questions(for: $0).count }.max() ?? 1),
        because: "the version's numbered reflection questions", code: .la2UnknownQuestion)

    /// Checks that only the content of the plan's own kind is present, that a filled plan is
    /// dated and its revisions are in order, and that a læringsplan's answers and
    /// carried-into entries are well formed.
    public func validate() -> [Diagnostic] {
        var diagnostics = contentKindDiagnostics + revisionDiagnostics
        if let learning {
            diagnostics += validate(learning, at: FieldPath.root.key("learning"))
        }
        return diagnostics
    }

    private var contentKindDiagnostics: [Diagnostic] {
        let present: [(LA2PlanKind, Bool)] = [(.wellBeing, wellBeing != nil), (.safety, safety != nil), (.learning, learning != nil)]
        return present.filter { $0.1 && $0.0 != kind }.map { other, _ in
            let key = CodingKeys(kind: other).stringValue
            return .error(.la2ContentOfOtherKind, at: FieldPath.root.key(key),
                "a \(kind.rawValue) plan cannot hold \(other.rawValue) content")
        }
    }

    private var revisionDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !isBlank, citizen.rawValue.isEmpty {
            diagnostics.append(.error(.la2NoCitizen, at: FieldPath.root.key("citizen"), "a filled plan names its citizen by pseudonym"))
        }
        if !isBlank, revisions.isEmpty {
            diagnostics.append(.warning(.la2Undated, at: FieldPath.root.key("revisions"),
                "date the plan: plans change with the citizen and are kept up to date"))
        }
        for index in revisions.indices.dropFirst() where revisions[index].date < revisions[index - 1].date {
            diagnostics.append(.error(.la2RevisionsOutOfOrder, at: FieldPath.root.key("revisions").index(index).key("date"),
                "revisions are listed oldest first"))
        }
        return diagnostics
    }

    private func validate(_ learning: LearningPlanContent, at path: FieldPath) -> [Diagnostic] {
        let count = LA2ReflectionQuestions.questions(for: audience).count
        var diagnostics: [Diagnostic] = []
        for (index, answer) in learning.answers.enumerated() where !(1...count).contains(answer.question) {
            diagnostics.append(.error(.la2UnknownQuestion, at: path.key("answers").index(index).key("question"),
                "the \(audience.rawValue) version has questions 1 to \(count)"))
        }
        for (index, entry) in learning.carriedInto.enumerated() {
            diagnostics += entry.validate(at: path.key("carriedInto").index(index))
        }
        return diagnostics
    }
}

extension LA2Plan.CodingKeys {
    /// The member that holds a kind's content.
    init(kind: LA2PlanKind) {
        switch kind {
        case .wellBeing: self = .wellBeing
        case .safety: self = .safety
        case .learning: self = .learning
        }
    }
}
