public import ForebygCore

extension ResidentConference {
    /// Checks the agenda's timings, that every agreed action has someone responsible (and
    /// someone who documents it), the fixed roles, and the seed's timing rules.
    public func validate() -> [Diagnostic] {
        agenda.validate(at: FieldPath.root.key("agenda")) + actionDiagnostics + (isBlank ? [] : roleDiagnostics) + timingDiagnostics
    }

    private var actionDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<AgreedActionID> = []
        for (index, action) in agreedActions.enumerated() {
            let path = FieldPath.root.key("agreedActions").index(index)
            if action.responsible.isEmpty || action.responsible.contains(where: { $0.rawValue.isEmpty }) {
                diagnostics.append(.error(.conferenceActionWithoutResponsible, at: path.key("responsible"),
                    "agree who does \"\(action.action)\""))
            }
            if action.documentedBy == nil {
                diagnostics.append(.warning(.conferenceActionNotDocumented, at: path.key("documentedBy"),
                    "agree who documents the action"))
            }
            if !seen.insert(action.id).inserted {
                diagnostics.append(.error(.conferenceDuplicateActionID, at: path.key("id"), "action ids must be unique"))
            }
        }
        return diagnostics
    }

    private var roleDiagnostics: [Diagnostic] {
        [(ConferenceRole.chair, DiagnosticCode.conferenceNoChair, "the manager chairs the conference"),
         (.narrator, .conferenceNoNarrator, "a member of staff close to the resident tells about the resident")]
            .filter { role, _, _ in !participants.contains { $0.role == role } }
            .map { Diagnostic.warning($0.1, at: FieldPath.root.key("participants"), $0.2) }
    }

    private var timingDiagnostics: [Diagnostic] {
        guard let date, occasion == .scheduled else { return [] }
        var diagnostics: [Diagnostic] = []
        if let chosen = residentChosenOn, chosen.days(until: date) < Self.choiceNoticeDays {
            diagnostics.append(.warning(.conferenceResidentChosenLate, at: FieldPath.root.key("residentChosenOn"),
                "choose the resident at least \(Self.choiceNoticeDays) days before the conference"))
        }
        if let previous = previousConference, previous.days(until: date) > Self.intervalDays {
            diagnostics.append(.warning(.conferenceIntervalTooLong, at: FieldPath.root.key("previousConference"),
                "conferences are held regularly, for example every \(Self.intervalDays) days"))
        }
        if let next = nextConference, date.days(until: next) > Self.intervalDays {
            diagnostics.append(.warning(.conferenceIntervalTooLong, at: FieldPath.root.key("nextConference"),
                "conferences are held regularly, for example every \(Self.intervalDays) days"))
        }
        return diagnostics
    }
}
