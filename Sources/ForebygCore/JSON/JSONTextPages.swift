/// Lets go of the memory pages of an input text that the reader has passed, for a text mapped
/// from a file: the pages leave the process's resident memory and come back from the file if
/// they are touched again, so reading stays correct whatever is touched later (an error's
/// position, the unknown-member pass).
///
/// The reader passes a large text front to back twice (parse, then decode), so without this a
/// 564 MB incident log stays resident in full while its values are built.
package struct JSONTextPages: Sendable {
    /// Releases the pages inside a range of byte offsets.
    let release: @Sendable (Range<Int>) -> Void
    /// How far past the last release the reader goes before it releases again.
    static let stride = 1 << 24

    /// Pages released by `release`, which may round the range inward to whole pages.
    package init(release: @escaping @Sendable (Range<Int>) -> Void) {
        self.release = release
    }
}

/// The position up to which a pass over a text has released its pages.
struct JSONTextRelease {
    let pages: JSONTextPages?
    private var releasedUpTo = 0

    init(_ pages: JSONTextPages?) {
        self.pages = pages
    }

    /// Notes that the pass has reached `offset`, releasing the pages before it in large steps.
    @inline(__always)
    mutating func reached(_ offset: Int) {
        guard let pages, offset - releasedUpTo >= JSONTextPages.stride else { return }
        pages.release(releasedUpTo..<offset)
        releasedUpTo = offset
    }
}
