/// Text built as UTF-8 bytes in one growing buffer and made a `String` once at the end.
///
/// `String.append` costs a few hundred instructions per call (it checks and updates the
/// string's flags and capacity each time), and interpolation adds a temporary string per
/// piece. A diagnostic line of a large log is built from a dozen pieces, a quarter of a
/// million times: for that, appending bytes to an array is several times cheaper. The text is
/// the same as the pieces' concatenation.
package struct UTF8TextBuilder {
    private var bytes: [UInt8] = []

    /// An empty text with room for about `capacity` bytes.
    package init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a string's text.
    package mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The text built so far.
    package var text: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
