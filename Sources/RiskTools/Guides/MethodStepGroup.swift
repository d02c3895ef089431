/// A titled group of a method's steps as seed 002 prints them in its "Sådan kan I …" boxes,
/// for example *Forberedelse* or *Ved samtalens start*.
///
/// Title and steps are seed content: Danish in every language, verbatim (extraction artefacts mended).
public struct MethodStepGroup: Hashable, Sendable {
    /// The group's title, for example "Forberedelse".
    public let title: String
    /// The steps, in the seed's order.
    public let steps: [String]

    /// Creates a step group.
    public init(title: String, steps: [String]) {
        self.title = title
        self.steps = steps
    }
}
