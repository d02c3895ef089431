/// How large and how deeply nested a JSON text the reader accepts, so that hostile input
/// cannot exhaust memory or the stack.
///
/// The defaults admit every document the package writes with room to spare, including an
/// incident log of a million incidents (564 MB in canonical form).
public struct JSONReadingLimits: Hashable, Sendable {
    /// The most bytes an input may have. At most 4 GiB − 1; the default is 1 GiB.
    public var maximumBytes: Int
    /// The most objects and arrays that may be open at once. The default is 64; the package's
    /// own formats nest at most 8 deep.
    public var maximumDepth: Int

    /// 1 GiB and 64 levels.
    public static let standard = JSONReadingLimits(maximumBytes: 1 << 30, maximumDepth: 64)

    /// Creates limits; `maximumBytes` is capped at 4 GiB − 1, the most the parsed form addresses.
    public init(maximumBytes: Int, maximumDepth: Int) {
        self.maximumBytes = min(maximumBytes, Int(UInt32.max))
        self.maximumDepth = maximumDepth
    }
}
