/// Reading the strings of a parsed text: unescaping on demand and comparing member names
/// without making a `String`.
///
/// The parser has checked every string's escapes and UTF-8, so these functions do not check again.
enum JSONStrings {
    /// The text of a string entry, unescaped.
    static func string(_ entry: UInt64, in bytes: UnsafeRawBufferPointer) -> String {
        let start = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        let raw = UnsafeBufferPointer(start: start, count: entry.tapePayload)
        guard entry.tapeKind == .escapedString else { return String(decoding: raw, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: raw.count) { output in unescape(raw, into: output) }
    }

    /// Whether a string entry's text is the given UTF-8 text.
    static func entry(_ entry: UInt64, in bytes: UnsafeRawBufferPointer, equals name: UnsafeBufferPointer<UInt8>) -> Bool {
        if entry.tapeKind == .string {
            return entry.tapePayload == name.count
                && equal(bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset, name.baseAddress!, count: name.count)
        }
        return Array(string(entry, in: bytes).utf8).elementsEqual(name)
    }

    /// Whether `count` bytes at two addresses are equal.
    static func equal(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, count: Int) -> Bool {
        for index in 0..<count where first[index] != second[index] {
            return false
        }
        return true
    }

    /// Writes the unescaped form of checked raw string bytes (never longer than the raw form)
    /// and returns its length.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0, written = 0
        func put(_ byte: UInt8) {
            output[written] = byte
            written += 1
        }
        while read < raw.count {
            let byte = raw[read]
            guard byte == UInt8(ascii: "\\") else {
                put(byte)
                read += 1
                continue
            }
            let escape = raw[read + 1]
            read += 2
            switch escape {
            case UInt8(ascii: "b"): put(0x08)
            case UInt8(ascii: "f"): put(0x0C)
            case UInt8(ascii: "n"): put(0x0A)
            case UInt8(ascii: "r"): put(0x0D)
            case UInt8(ascii: "t"): put(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex(raw, at: read)
                read += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex(raw, at: read + 2) - 0xDC00)
                    read += 6
                }
                for unit in UTF8.encode(Unicode.Scalar(scalar)!)! { put(unit) }
            default: put(escape)
            }
        }
        return written
    }

    private static func hex(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (offset..<offset + 4).reduce(0) { $0 << 4 | JSONParser.hexValue(raw[$1])! }
    }
}
