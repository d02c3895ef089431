/// The parsed form of a JSON text: one 64-bit entry per value and member name, in document
/// order, pointing into the input's bytes.
///
/// An entry holds the value's kind (3 bits), a payload (29 bits) and the byte offset of the
/// value in the input (32 bits). Strings and numbers are not copied: a string's payload is its
/// length in bytes between the quotes (its offset is the first byte after the opening quote),
/// and it is unescaped only when decoded. An object or array's payload is the index of the
/// entry after its last descendant, so a reader skips a value in one step. An object's entries
/// alternate between member name (a string entry) and value.
///
/// Parsing the same text again gives the same tape, so a tape whose pages were given back
/// (``JSONTapeStorage/release(_:)``) is rebuilt by parsing again, with the same indices.
struct JSONTape: Sendable {
    /// What a tape entry is.
    enum Kind: UInt64 {
        case object, array, string, escapedString, integer, number, boolean, null
    }

    /// The entries, root first.
    let storage: JSONTapeStorage
    /// The number of member names in the whole text.
    var memberCount: Int

    /// The largest payload an entry holds: string and number lengths, and entry indices.
    static let maximumPayload = (1 << 29) - 1

    static func entry(_ kind: Kind, payload: Int, offset: Int) -> UInt64 {
        kind.rawValue << 61 | UInt64(payload) << 32 | UInt64(offset)
    }
}

/// Reading tape entries; these are free functions on the raw entry so that decoding, which
/// works through a pointer, and parsing, which works on the array, share them.
extension UInt64 {
    /// The kind of a tape entry.
    var tapeKind: JSONTape.Kind {
        // The eight kinds are the eight values of the top three bits.
        unsafeBitCast(UInt8(truncatingIfNeeded: self >> 61), to: JSONTape.Kind.self)
    }
    /// The payload of a tape entry.
    var tapePayload: Int { Int((self >> 32) & 0x1FFF_FFFF) }
    /// The byte offset of a tape entry.
    var tapeOffset: Int { Int(self & 0xFFFF_FFFF) }
    /// Whether the entry is an object or an array.
    var isTapeContainer: Bool { self >> 62 == 0 }
}
