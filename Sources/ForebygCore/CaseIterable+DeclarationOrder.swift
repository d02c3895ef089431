extension CaseIterable where Self: Equatable {
    /// Whether this case is declared before `other`, so that an enumeration can be `Comparable`
    /// in the order it lists its cases without numbering them by hand.
    package func isDeclared(before other: Self) -> Bool {
        self != other && Self.allCases.first { $0 == self || $0 == other } == self
    }
}
