/// The tape of one decoding pass, whose pages the pass gives back behind the decoding of large
/// arrays, and how it reads them again when it must: by parsing the text again, which gives
/// the same tape with the same indices.
///
/// The decoding of a large array never reads the elements behind it again, but an error's
/// path, the unknown-member pass and the error's position descend the tape from the root, and
/// a decoder may read an array twice; those ask for the entries first (``needsRestoring(_:)``),
/// so only a bad input, or one with unknown members, pays for the second parse.
struct JSONTapePages {
    /// How many entries the decoding of an array passes before it gives back the pages behind it.
    let stride: Int
    private var storage: JSONTapeStorage
    /// Storage replaced by a restored tape, kept until the pass ends: a reader in flight may
    /// still read its entries that were not given back.
    private var replaced: [JSONTapeStorage] = []
    private let memberCount: Int
    private let parseAgain: () -> JSONTape?
    /// The smallest range holding every entry given back; `nil` while every entry is readable.
    private var released: Range<Int>?
    /// Whether the tape was parsed again; the pass gives back no more pages.
    private var restored = false

    /// The pages of `tape`, given back every `stride` entries, and read again with `parseAgain`.
    init(_ tape: JSONTape, stride: Int, parseAgain: @escaping () -> JSONTape?) {
        self.stride = stride
        storage = tape.storage
        memberCount = tape.memberCount
        self.parseAgain = parseAgain
    }

    /// The entries, some of which may have been given back (``needsRestoring(_:)``).
    var entries: UnsafeBufferPointer<UInt64> { storage.entries }

    /// The tape, if every entry is still readable.
    var intact: JSONTape? {
        released == nil ? JSONTape(storage: storage, memberCount: memberCount) : nil
    }

    /// Gives back the pages of entries that the pass will not read again.
    mutating func release(_ range: Range<Int>) {
        guard !restored, !range.isEmpty else { return }
        storage.release(range)
        released = released.map { min($0.lowerBound, range.lowerBound)..<max($0.upperBound, range.upperBound) } ?? range
    }

    /// Whether entries in `range` were given back (all entries when `range` is `nil`).
    func needsRestoring(_ range: Range<Int>?) -> Bool {
        guard let released else { return false }
        return range.map(released.overlaps) ?? true
    }

    /// The entries of the tape parsed again. Should the text no longer parse to the same tape
    /// (a file changed under its mapping), every entry reads as `null`, so that no reader
    /// follows a stale index.
    mutating func restore() -> UnsafeBufferPointer<UInt64> {
        let count = storage.count
        let fresh = parseAgain().map(\.storage).flatMap { $0.count == count ? $0 : nil }
            ?? JSONTapeStorage(repeating: JSONTape.entry(.null, payload: 0, offset: 0), count: count)
        replaced.append(storage)
        storage = fresh
        released = nil
        restored = true
        return fresh.entries
    }
}
