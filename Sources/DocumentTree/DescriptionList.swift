/// A list of labelled values, such as a form's header ("Borger", "Medarbejder", "Dato").
public struct DescriptionList: Hashable, Sendable {
    /// One label with its value.
    public struct Item: Hashable, Sendable {
        /// The label (for example "Dato").
        public var label: String
        /// The value; empty for a blank form, where the renderer leaves writing space.
        public var value: InlineText

        /// Creates an item.
        public init(label: String, value: InlineText) {
            self.label = label
            self.value = value
        }
    }

    /// The items, in order.
    public var items: [Item]

    /// Creates a description list.
    public init(items: [Item]) {
        self.items = items
    }
}
