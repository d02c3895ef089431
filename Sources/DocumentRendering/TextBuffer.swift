/// A growable UTF-8 byte buffer that renderers append to, turned into a `String` once at the end.
///
/// Appending bytes to one reserved array is the fastest way to build output: escapers copy
/// unchanged runs of the input in one go and only step in at the few bytes that need escaping.
struct TextBuffer {
    /// The UTF-8 bytes written so far.
    private(set) var bytes: [UInt8]

    /// Creates an empty buffer with room for about `capacity` bytes.
    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as is (for markup the renderer writes itself, never for user text).
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a static piece of markup.
    mutating func append(markup: StaticString) {
        markup.withUTF8Buffer { append($0) }
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends bytes.
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    /// Appends another buffer's bytes.
    mutating func append(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Whether nothing has been written.
    var isEmpty: Bool { bytes.isEmpty }

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
