public import DocumentTree
import ForebygCore

/// How far a measure has come: the status vocabulary of the plans' status tables.
///
/// The words come from seed 004's status table (*implementeret*, *i gang*, *under udarbejdelse*,
/// *revideret og afventer godkendelse*, *rekruttering i gang*, *tilknyttet og i brug*) and seed 001's
/// example (*gennemført*), completed with the states a plan also needs (*planlagt*, *udskudt*, *opgivet*).
/// In JSON a status is its English raw value, for example `"revisedAwaitingApproval"`; an
/// unknown value is a decoding error that names its path and the allowed values.
public enum MeasureStatus: String, CaseIterable, Hashable, Sendable {
    /// Decided but not started (*planlagt*).
    case planned
    /// Being written or prepared (*under udarbejdelse*).
    case inPreparation
    /// Started (*i gang*).
    case inProgress
    /// Revised, waiting for someone's approval (*revideret og afventer godkendelse*).
    case revisedAwaitingApproval
    /// Posts are being filled (*rekruttering i gang*).
    case recruitmentInProgress
    /// In place; staff are making it a routine (*indarbejdes*).
    case beingEmbedded
    /// Attached and in use, for example an external adviser (*tilknyttet og i brug*).
    case inUse
    /// Part of daily practice (*implementeret*).
    case implemented
    /// Done once and finished (*gennemført*).
    case completed
    /// Moved to a later time (*udskudt*).
    case postponed
    /// Given up (*opgivet*).
    case cancelled

    /// Whether nothing more is due: the measure is implemented, in use, completed or given up.
    public var isSettled: Bool {
        switch self {
        case .implemented, .inUse, .completed, .cancelled: true
        case .planned, .inPreparation, .inProgress, .revisedAwaitingApproval, .recruitmentInProgress,
            .beingEmbedded, .postponed:
            false
        }
    }

    /// The status's name in a document of the given language, for example *revideret og afventer godkendelse*.
    public func label(in language: Language) -> String {
        ActionPlansStrings.for(language).statusLabel(self)
    }
}

extension MeasureStatus: Codable {
    /// Decodes a status from its raw value; an unknown value throws with the allowed values.
    public init(from decoder: any Decoder) throws {
        self = try decoder.decodeSingleValue(String.self, converting: MeasureStatus.init(rawValue:)) {
            "unknown status \"\($0)\"; expected one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// Encodes the status as its raw value.
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeSingleValue(rawValue)
    }
}
