/// A growable UTF-8 byte buffer that renderers append to, turned into bytes or a `String` once at the end.
///
/// Appending bytes to one reserved array is the fastest way to build output: escapers copy
/// unchanged runs of the input in one go and only step in at the few bytes that need escaping.
/// The array is kept at its full capacity (zero-filled past ``count``) and runs are copied into
/// it directly: `Array.append(contentsOf:)` costs a generic iterator set-up on every call, which
/// dominated for the short runs renderers append (a tag, a table cell).
struct TextBuffer {
    /// The bytes written so far, followed by unused zero bytes up to the capacity.
    private var storage: [UInt8]
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates an empty buffer with room for about `capacity` bytes.
    init(capacity: Int) {
        storage = [UInt8](repeating: 0, count: max(capacity, 64))
    }

    /// The UTF-8 bytes written so far.
    var bytes: ArraySlice<UInt8> { storage[..<count] }

    /// Ends the buffer, returning the bytes written (without copying them).
    mutating func finish() -> [UInt8] {
        storage.removeSubrange(count...)
        let result = storage
        storage = []
        count = 0
        return result
    }

    /// Makes room for `extra` more bytes, at least doubling the capacity when it grows.
    private mutating func reserve(_ extra: Int) {
        let needed = count + extra
        guard needed > storage.count else { return }
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count * 2) - storage.count))
    }

    /// Appends text as is (for markup the renderer writes itself, never for user text).
    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// Appends a static piece of markup.
    mutating func append(markup: StaticString) {
        markup.withUTF8Buffer { append($0) }
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Appends bytes.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        reserve(run.count)
        let start = count
        storage.withUnsafeMutableBufferPointer { target in
            // Safe: `reserve(_:)` made the storage at least `start + run.count` bytes long, and
            // `run` points into another value's memory (a string, a static string or another
            // buffer), never into this storage.
            (target.baseAddress! + start).update(from: source, count: run.count)
        }
        count += run.count
    }

    /// Appends another buffer's bytes.
    mutating func append(_ other: TextBuffer) {
        other.storage.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[..<other.count])) }
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { count == 0 }

    /// The buffer's text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, without copying when the string is native.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
