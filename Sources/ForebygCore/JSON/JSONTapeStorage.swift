#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of a tape's entries, allocated so that the pages of a large tape can be given
/// back to the system while the tape is still in use: a tape of ``mappingThreshold`` bytes or
/// more is anonymous memory mapped on its own on Linux and Apple platforms (``release(_:)``
/// drops pages from the process's resident memory); a smaller one, and any tape elsewhere, is
/// ordinary heap memory (``release(_:)`` does nothing).
///
/// Small tapes stay on the heap because a mapping costs a `mmap`, a page fault per page and a
/// `munmap`, which in a process with several threads interrupts the other cores to flush their
/// address translations; a batch of small files paid that once per file.
///
/// A released page reads as zeros or as garbage, so whoever releases entries must never read
/// them again; ``JSONDecodingState`` re-parses the text when it needs them.
final class JSONTapeStorage: @unchecked Sendable {
    /// The first entry.
    let base: UnsafeMutablePointer<UInt64>
    /// How many entries the memory holds.
    let capacity: Int
    /// The entries in use, set once the tape is complete.
    var count = 0
    /// Whether `base` is a mapping of its own.
    private let isMapped: Bool

    /// The size in bytes from which a tape is mapped on its own: 256 KiB, the tape of a text of
    /// 64 KiB or more (the parser reserves one entry per two bytes of text).
    static let mappingThreshold = 1 << 18

    /// Memory for `capacity` entries; untouched pages of a mapping cost no resident memory.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        let bytes = self.capacity * MemoryLayout<UInt64>.stride
        if bytes >= Self.mappingThreshold, let mapped = Self.map(bytes: bytes) {
            base = mapped.assumingMemoryBound(to: UInt64.self)
            isMapped = true
        } else {
            base = .allocate(capacity: self.capacity)
            isMapped = false
        }
    }

    /// Memory holding `count` copies of `entry`.
    convenience init(repeating entry: UInt64, count: Int) {
        self.init(capacity: count)
        base.update(repeating: entry, count: count)
        self.count = count
    }

    deinit {
        if isMapped { Self.unmap(base, bytes: capacity * MemoryLayout<UInt64>.stride) } else { base.deallocate() }
    }

    /// The entries in use.
    var entries: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }

    /// Gives back the whole pages inside the entries `range` (rounded inward); the entries must
    /// not be read again.
    func release(_ range: Range<Int>) {
        #if canImport(Glibc) || canImport(Darwin)
        guard isMapped else { return }
        let page = Int(getpagesize()), stride = MemoryLayout<UInt64>.stride
        let address = Int(bitPattern: base)
        let start = (address + range.lowerBound * stride + page - 1) / page * page
        let end = (address + range.upperBound * stride) / page * page
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_DONTNEED)
        #endif
    }

    /// An anonymous private mapping, or `nil` where there is none.
    private static func map(bytes: Int) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
        let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        #elseif canImport(Darwin)
        let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANON, -1, 0)
        #else
        let mapped: UnsafeMutableRawPointer? = nil
        #endif
        #if canImport(Glibc) || canImport(Darwin)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        #endif
        return mapped
    }

    private static func unmap(_ base: UnsafeMutablePointer<UInt64>, bytes: Int) {
        #if canImport(Glibc) || canImport(Darwin)
        _ = munmap(base, bytes)
        #endif
    }
}
