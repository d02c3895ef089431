public import ForebygCore

extension Proposal.Stage {
    /// The stages a proposal's lifecycle may start with: a draft, or one handed straight to the
    /// implementation group (as seed 000's filled example is).
    public static let firstStages: [Proposal.Stage] = [.draft, .handedToImplementationGroup]

    /// The stages that may come directly after this one, in declaration order.
    public var nextStages: [Proposal.Stage] {
        Self.allCases.filter { $0.allowedPredecessors.contains(self) }
    }

    /// Whether this stage may follow `previous` (`nil`: the lifecycle's first event).
    public func canFollow(_ previous: Proposal.Stage?) -> Bool {
        guard let previous else { return Self.firstStages.contains(self) }
        return allowedPredecessors.contains(previous)
    }
}

extension Proposal {
    /// Why a proposal cannot move to a stage.
    public struct TransitionError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The kinds of refusal.
        public enum Reason: Hashable, Sendable {
            /// The stage cannot follow the current one (see ``Proposal/Stage/nextStages``).
            case notAllowed
            /// The event is dated before the latest dated event of the lifecycle.
            case datedBeforePrevious(CalendarDate)
        }

        /// The stage the proposal is at; `nil` when its lifecycle is empty.
        public var from: Stage?
        /// The stage it was asked to move to.
        public var to: Stage
        /// Why it may not.
        public var reason: Reason

        /// Creates a refusal.
        public init(from: Stage?, to: Stage, reason: Reason) {
            self.from = from
            self.to = to
            self.reason = reason
        }

        /// A sentence for a developer or a log.
        public var description: String {
            let current = from?.rawValue ?? "the start"
            switch reason {
            case .notAllowed:
                let allowed = (from.map(\.nextStages) ?? Stage.firstStages).map(\.rawValue)
                let next = allowed.isEmpty ? "nothing may follow it" : "it may be followed by \(allowed.joined(separator: ", "))"
                return "\(to.rawValue) cannot follow \(current): \(next)"
            case .datedBeforePrevious(let date):
                return "\(to.rawValue) cannot be dated before \(date), the latest dated step"
            }
        }
    }

    /// The stages the proposal may move to next, given its lifecycle so far.
    public var nextStages: [Stage] {
        lifecycle.last.map(\.stage.nextStages) ?? Stage.firstStages
    }

    /// Appends a lifecycle event if the step is allowed, and throws why not otherwise; the
    /// proposal is unchanged when it throws. The rules are those ``validate()`` checks.
    public mutating func advance(
        to stage: Stage, date: CalendarDate? = nil, meeting: DecisionMeeting? = nil, note: String? = nil
    ) throws(TransitionError) {
        let current = lifecycle.last?.stage
        guard stage.canFollow(current) else { throw TransitionError(from: current, to: stage, reason: .notAllowed) }
        if let date, let latest = lifecycle.compactMap(\.date).max(), date < latest {
            throw TransitionError(from: current, to: stage, reason: .datedBeforePrevious(latest))
        }
        lifecycle.append(LifecycleEvent(stage: stage, date: date, meeting: meeting, note: note))
    }
}
