/// One session's marks on a FIT form, the ORS or the SRS: a mark for each of the form's items.
public protocol FITForm: Hashable, Sendable, Codable {
    /// The form's items, in the order the form prints them.
    associatedtype Item: FITItem

    /// The mark of one item.
    subscript(item: Item) -> FITRating { get }
}

extension FITForm {
    /// The sum of the marks, 0–40, rounded to hundredths (a mark is read to the millimetre).
    public var total: Double {
        FITRating.total(Item.allCases.map { self[$0] })
    }
}
