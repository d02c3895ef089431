/// The items of one FIT form, in the order the form prints them: ``ORSItem`` (the ORS areas) or
/// ``SRSItem`` (the SRS themes). Each item's raw value is its JSON member name.
public protocol FITItem: RawRepresentable<String>, CaseIterable, Hashable, Sendable {}

extension ORSItem: FITItem {}

extension SRSItem: FITItem {}
