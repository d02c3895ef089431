import ActionPlans
import CourseModel
import ForebygCore
import IncidentAnalysis
import LearningMethods
import RiskTools

/// The kinds of document a program reads, found by the `type` member of a JSON document.
///
/// ``standard`` holds every document type of the package's modules, so that a program that
/// receives JSON of any kind can read it without knowing the kind in advance:
/// ``load(_:findingsAsOf:)`` decodes and validates it, ``LoadedDocument/document(in:)`` builds its
/// format-neutral document, and ``RenderedFile/files(for:stem:settings:)`` renders it.
public struct DocumentRegistry: Sendable {
    /// The kinds, sorted by `type` name.
    public let kinds: [DocumentKind]
    private let kindsByType: [String: DocumentKind]

    /// Creates a registry of the given kinds; a later kind with the same `type` replaces an earlier one.
    public init(_ kinds: [DocumentKind]) {
        kindsByType = Dictionary(kinds.map { ($0.documentType, $0) }, uniquingKeysWith: { $1 })
        self.kinds = kindsByType.values.sorted { $0.documentType < $1.documentType }
    }

    /// Every document type of the package's modules, one line per type; the `forebyg` tool reads these.
    public static let standard = DocumentRegistry([
        DocumentKind(WorkplaceActionPlan.self),
        DocumentKind(Proposal.self),
        DocumentKind(CitizenActionPlan.self),
        DocumentKind(WellbeingGroupPlan.self),
        DocumentKind(CourseConfiguration.self),
        DocumentKind(LegalReferenceRegister.self),
        DocumentKind(BVCSeries.self),
        DocumentKind(Mestringsskema.self),
        DocumentKind(EpisodeReflection.self),
        DocumentKind(FITSeries.self),
        DocumentKind(IncidentLog.self),
        DocumentKind(LA2Plan.self),
        DocumentKind(ResidentConference.self),
        DocumentKind(BoardMeeting.self),
        DocumentKind(PracticeStory.self),
    ])

    /// The kind with the given `type` name.
    public func kind(named documentType: String) -> DocumentKind? {
        kindsByType[documentType]
    }

    /// The `type` names, sorted.
    public var documentTypes: [String] {
        kinds.map(\.documentType)
    }
}
