public import ForebygCore

/// An item of a FIT form (an ORS area or an SRS theme), with a label in every language and a
/// stable column key.
public protocol FITItem: CaseIterable, Sendable, Labelled {
    /// The stable snake_case column key.
    var columnKey: String { get }
}
