/// Parses a JSON text into a ``JSONTape`` in one pass, by the grammar of RFC 8259 and the
/// I-JSON rules of RFC 7493: UTF-8 only, no duplicate member names, no lone surrogates.
///
/// The parser is iterative (an explicit stack of open containers), so nesting costs no
/// native stack; ``JSONReadingLimits/maximumDepth`` still bounds it, because decoding recurses.
/// Every error is ``DocumentInputError/Kind/invalidJSON`` with the JSON path reached so far and
/// the line and column of the byte at fault.
struct JSONParser {
    /// One open object or array.
    struct Frame {
        /// The container's tape index.
        let index: Int
        /// Whether it is an object.
        let isObject: Bool
        /// The members or elements so far.
        var count = 0
        /// The tape index of the latest member name (objects).
        var latestName = 0
        /// Whether the object has so many members that its names are checked by hash
        /// (``JSONParser/namesByHash``).
        var isHashed = false
        /// Two bits per member name so far, one in each word, chosen by its length and first,
        /// middle and last bytes: a new name whose bits are not both set cannot repeat one
        /// (see ``JSONParser/signature(of:in:)``).
        var nameSignatures: (UInt64, UInt64) = (0, 0)
    }

    let bytes: UnsafeRawBufferPointer
    let limits: JSONReadingLimits
    var position = 0
    var tape: JSONTapeBuilder
    var memberCount = 0
    /// How many containers are open.
    var depth = 0
    /// The innermost open container while ``depth`` is above 0. It is kept apart from ``outer``
    /// so that counting its members touches no array.
    var top = Frame(index: 0, isObject: false)
    /// The open containers around ``top``, outermost first.
    var outer: [Frame] = []
    /// The member names of each open object that is checked by hash, by the object's tape
    /// index: the names' tape indices by hash.
    var namesByHash: [Int: [UInt64: [Int]]] = [:]
    var release: JSONTextRelease

    /// Objects with more members than this check duplicates by hash instead of one by one.
    static let linearDuplicateCheckLimit = 32

    /// Parses a whole text.
    static func parse(
        _ bytes: UnsafeRawBufferPointer, limits: JSONReadingLimits, pages: JSONTextPages? = nil
    ) throws(DocumentInputError) -> JSONTape {
        var parser = JSONParser(bytes: bytes, limits: limits, pages: pages)
        try parser.checkEncodingAndSize()
        try parser.parseText()
        return JSONTape(storage: parser.tape.finish(), memberCount: parser.memberCount)
    }

    private init(bytes: UnsafeRawBufferPointer, limits: JSONReadingLimits, pages: JSONTextPages?) {
        self.bytes = bytes
        self.limits = limits
        release = JSONTextRelease(pages)
        tape = JSONTapeBuilder(capacity: bytes.count / 2 + 2)
    }

    /// Rejects oversized input and UTF-16 or UTF-32 text, and skips a UTF-8 byte-order mark.
    private mutating func checkEncodingAndSize() throws(DocumentInputError) {
        guard bytes.count <= limits.maximumBytes else {
            throw error("the input has \(bytes.count) bytes, more than the limit of \(limits.maximumBytes)")
        }
        if let encoding = Self.wideEncoding(of: bytes) {
            throw error("the input is \(encoding); documents must be UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The name of a UTF-16 or UTF-32 encoding the text's first bytes show, with or without a
    /// byte-order mark (a JSON text starts with an ASCII character, so zero bytes give it away).
    static func wideEncoding(of bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 2 else { return bytes.first == 0 ? "UTF-16 (big-endian)" : nil }
        let head = Array(bytes.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, _): return "UTF-32 (big-endian)"
        case (0xFF, 0xFE, 0x00, 0x00), (_, 0x00, 0x00, 0x00): return "UTF-32 (little-endian)"
        case (0xFE, 0xFF, _, _), (0x00, _, _, _): return "UTF-16 (big-endian)"
        case (0xFF, 0xFE, _, _), (_, 0x00, _, _): return "UTF-16 (little-endian)"
        default: return nil
        }
    }

    // MARK: - Structure

    private mutating func parseText() throws(DocumentInputError) {
        skipWhitespace()
        guard position < bytes.count else {
            throw error(bytes.isEmpty ? "the input is empty" : "the input holds no value")
        }
        try parseValues()
        skipWhitespace()
        guard position == bytes.count else {
            throw error("unexpected \(describeByte()) after the end of the document")
        }
    }

    /// Parses values until the outermost one is complete.
    private mutating func parseValues() throws(DocumentInputError) {
        while true {
            release.reached(position)
            try parseValueStart()
            // After a complete value: close containers, or move on to the next member or element.
            while depth > 0 {
                skipWhitespace()
                guard position < bytes.count else {
                    throw error("the text ends inside \(top.isObject ? "an object" : "an array"); expected \(top.isObject ? "\",\" or \"}\"" : "\",\" or \"]\"")", pending: false)
                }
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    if position < bytes.count, bytes[position] == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                        throw error("a trailing comma before \"\(top.isObject ? "}" : "]")\" is not allowed", pending: false)
                    }
                    if top.isObject { try parseMemberName() } else { top.count += 1 }
                    break
                } else if byte == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    try closeContainer()
                } else {
                    throw error("expected \(top.isObject ? "\",\" or \"}\"" : "\",\" or \"]\""), found \(describeByte())", pending: false)
                }
            }
            if depth == 0 { return }
        }
    }

    /// Parses a scalar, or opens a container (and, if it is not empty, its first member name).
    @inline(__always)
    private mutating func parseValueStart() throws(DocumentInputError) {
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("the text ends where a value was expected") }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                try openContainer(.object)
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    try closeContainer()
                    return
                }
                try parseMemberName()
            case UInt8(ascii: "["):
                try openContainer(.array)
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    try closeContainer()
                    return
                }
            case UInt8(ascii: "\""):
                try parseString()
                return
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try parseNumber()
                return
            case UInt8(ascii: "t"):
                try parseLiteral("true", .boolean, payload: 1)
                return
            case UInt8(ascii: "f"):
                try parseLiteral("false", .boolean, payload: 0)
                return
            case UInt8(ascii: "n"):
                try parseLiteral("null", .null, payload: 0)
                return
            default:
                throw error("expected a value, found \(describeByte())")
            }
        }
    }

    @inline(__always)
    private mutating func openContainer(_ kind: JSONTape.Kind) throws(DocumentInputError) {
        guard depth < limits.maximumDepth else {
            throw error("the values nest deeper than the limit of \(limits.maximumDepth) levels")
        }
        if depth > 0 { outer.append(top) }
        top = Frame(index: tape.count, isObject: kind == .object)
        depth += 1
        try append(kind, payload: 0, offset: position)
        position += 1
    }

    /// Ends the innermost container: its entry learns the index after its last descendant.
    @inline(__always)
    private mutating func closeContainer() throws(DocumentInputError) {
        let frame = top
        depth -= 1
        if depth > 0 { top = outer.removeLast() }
        if frame.isHashed { namesByHash[frame.index] = nil }
        guard tape.count <= JSONTape.maximumPayload else { throw error("the text has more values than the limit of \(JSONTape.maximumPayload)") }
        let entry = tape[frame.index]
        tape[frame.index] = JSONTape.entry(entry.tapeKind, payload: tape.count, offset: entry.tapeOffset)
    }

    /// Parses `"name" :` and checks that the name is new in its object.
    @inline(__always)
    private mutating func parseMemberName() throws(DocumentInputError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw error(position < bytes.count ? "expected a member name in double quotes, found \(describeByte())" : "the text ends where a member name was expected", pending: false)
        }
        let nameStart = position
        let nameIndex = tape.count
        try parseString()
        memberCount += 1
        top.latestName = nameIndex
        top.count += 1
        try checkNewName(nameIndex, at: nameStart)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error("expected \":\" after the member name, found \(describeByte())", pending: false)
        }
        position += 1
    }

    // MARK: - Scalars

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONTape.Kind, payload: Int) throws(DocumentInputError) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count,
            JSONStrings.equal(bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + position, word.utf8Start, count: length)
        else { throw error("expected a value, found \(describeWord())") }
        try append(kind, payload: payload, offset: position)
        position += length
        if position < bytes.count, Self.isWordByte(bytes[position]) {
            throw error("expected a value, found \(describeWord(from: position - length))", at: position - length)
        }
    }

    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func parseNumber() throws(DocumentInputError) {
        let start = position
        var isInteger = true
        if bytes[position] == UInt8(ascii: "-") {
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("a digit must follow the minus sign") }
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, Self.isDigit(bytes[position]) { throw error("a number may not start with the digit 0 followed by more digits", at: start) }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            isInteger = false
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("a digit must follow the decimal point") }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            isInteger = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, Self.isDigit(bytes[position]) else { throw error("a digit must follow the exponent's \"e\"") }
            skipDigits()
        }
        if position < bytes.count, Self.isWordByte(bytes[position]) || bytes[position] == UInt8(ascii: ".") {
            throw error("unexpected \(describeByte()) in a number")
        }
        try append(isInteger ? .integer : .number, payload: position - start, offset: start)
    }

    /// Parses a string from its opening quote, checking escapes and UTF-8.
    ///
    /// The scan runs on a local cursor, which the compiler keeps in a register; `position`
    /// is brought up to date before anything that reads it.
    @inline(__always)
    private mutating func parseString() throws(DocumentInputError) {
        let start = position + 1
        var cursor = start
        var escaped = false
        while true {
            cursor = Self.endOfPlainASCII(in: bytes, from: cursor)
            guard cursor < bytes.count else {
                position = cursor
                throw error("the text ends inside a string", at: start - 1)
            }
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x80, byte >= 0x20, byte != UInt8(ascii: "\\") {
                cursor += 1
            } else if byte >= 0xC2, byte <= 0xDF, cursor + 1 < bytes.count, bytes[cursor + 1] & 0xC0 == 0x80 {
                // A two-byte character (æ, ø, å): valid whatever its continuation byte.
                cursor += 2
            } else {
                position = cursor
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    try skipEscape()
                } else if byte < 0x20 {
                    throw error("a control character (U+\(Self.hex(UInt32(byte), digits: 4))) must be escaped in a string")
                } else {
                    try skipUTF8Sequence()
                }
                cursor = position
            }
        }
        position = cursor
        guard cursor - start <= JSONTape.maximumPayload else { throw error("the string is longer than the limit of \(JSONTape.maximumPayload) bytes", at: start - 1) }
        try append(escaped ? .escapedString : .string, payload: cursor - start, offset: start)
        position = cursor + 1
    }

    /// The offset of the first byte from `offset` on that needs a look in a string (a quote, a
    /// backslash, a control character or a byte that is not ASCII), eight bytes at a time.
    @inline(__always)
    private static func endOfPlainASCII(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
        var offset = offset
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            // The high bit of each byte that is a quote, a backslash, below 0x20 or not ASCII;
            // the lowest such bit is exact (borrows only run upwards).
            let special = (zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
                | ((word &- 0x2020_2020_2020_2020) & ~word) | word) & highs
            guard special == 0 else { return offset + special.trailingZeroBitCount / 8 }
            offset += 8
        }
        return offset
    }

    private mutating func skipEscape() throws(DocumentInputError) {
        guard position + 1 < bytes.count else { throw error("the text ends inside an escape sequence") }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexEscape(at: position)
            if (0xDC00...0xDFFF).contains(unit) {
                throw error("\\u\(Self.hex(unit, digits: 4)) is a lone low surrogate; I-JSON allows only whole characters")
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard position + 12 <= bytes.count, bytes[position + 6] == UInt8(ascii: "\\"), bytes[position + 7] == UInt8(ascii: "u"),
                    (0xDC00...0xDFFF).contains(try hexEscape(at: position + 6))
                else { throw error("\\u\(Self.hex(unit, digits: 4)) is a high surrogate without a low surrogate after it; I-JSON allows only whole characters") }
                position += 12
            } else {
                position += 6
            }
        default:
            position += 1
            throw error("\\\(describeByte()) is not an escape sequence; JSON has \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX")
        }
    }

    /// The code unit of the `\uXXXX` escape at `offset`.
    private func hexEscape(at offset: Int) throws(DocumentInputError) -> UInt32 {
        guard offset + 6 <= bytes.count else { throw error("the text ends inside a \\u escape", at: offset) }
        var value: UInt32 = 0
        for index in offset + 2..<offset + 6 {
            guard let digit = Self.hexValue(bytes[index]) else { throw error("\\u must be followed by four hexadecimal digits", at: index) }
            value = value << 4 | digit
        }
        return value
    }

    /// Skips one multi-byte UTF-8 sequence, rejecting overlong forms, surrogates and values above U+10FFFF.
    private mutating func skipUTF8Sequence() throws(DocumentInputError) {
        let lead = bytes[position]
        let length: Int, lowest: UInt32
        switch lead {
        case 0xC2...0xDF: (length, lowest) = (2, 0x80)
        case 0xE0...0xEF: (length, lowest) = (3, 0x800)
        case 0xF0...0xF4: (length, lowest) = (4, 0x10000)
        default: throw error("invalid UTF-8: the byte 0x\(Self.hex(UInt32(lead), digits: 2)) cannot start a character")
        }
        guard position + length <= bytes.count else { throw error("invalid UTF-8: the text ends inside a character") }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for index in position + 1..<position + length {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else { throw error("invalid UTF-8: the byte 0x\(Self.hex(UInt32(byte), digits: 2)) cannot continue a character", at: index) }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw error("invalid UTF-8: an overlong or out-of-range sequence")
        }
        position += length
    }

    // MARK: - Duplicate member names

    /// Throws if the name at `nameIndex` is already a member of the innermost object.
    private mutating func checkNewName(_ nameIndex: Int, at offset: Int) throws(DocumentInputError) {
        let signature = Self.signature(of: tape[nameIndex], in: bytes)
        let frame = top
        top.nameSignatures = (frame.nameSignatures.0 | signature.0, frame.nameSignatures.1 | signature.1)
        let mayRepeat = frame.nameSignatures.0 & signature.0 != 0 && frame.nameSignatures.1 & signature.1 != 0
        if !mayRepeat, !frame.isHashed { return }
        if frame.count <= Self.linearDuplicateCheckLimit {
            var index = frame.index + 1
            while index < nameIndex {
                if sameName(index, nameIndex) { throw duplicate(nameIndex, at: offset) }
                index = next(after: index + 1)
            }
            return
        }
        if !frame.isHashed {
            top.isHashed = true
            namesByHash[frame.index] = hashesOfNames(in: frame)
        }
        let hash = nameHash(nameIndex)
        if let earlier = namesByHash[frame.index]?[hash], earlier.contains(where: { sameName($0, nameIndex) }) {
            throw duplicate(nameIndex, at: offset)
        }
        namesByHash[frame.index]?[hash, default: []].append(nameIndex)
    }

    private func hashesOfNames(in frame: Frame) -> [UInt64: [Int]] {
        var hashes: [UInt64: [Int]] = [:]
        var index = frame.index + 1
        while index < tape.count - 1 {
            hashes[nameHash(index), default: []].append(index)
            index = next(after: index + 1)
        }
        return hashes
    }

    /// The bits of a member name in ``Frame/nameSignatures``: equal names have equal bits. An
    /// escaped name (whose bytes are not its text) sets every bit, so that it, and every name
    /// after it in its object, is compared in full.
    private static func signature(of entry: UInt64, in bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        guard entry.tapeKind == .string, entry.tapePayload > 0 else { return entry.tapeKind == .string ? (1, 1) : (~0, ~0) }
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + entry.tapeOffset
        let length = entry.tapePayload
        let key = UInt64(length) | UInt64(base[0]) << 16 | UInt64(base[length / 2]) << 24 | UInt64(base[length - 1]) << 32
        // Two six-bit fields from the top of a multiplicative hash (Fibonacci hashing) spread
        // names that share a length or a first letter over both words.
        let hash = key &* 0x9E37_79B9_7F4A_7C15
        return (1 << (hash >> 58), 1 << ((hash >> 52) & 63))
    }

    private func duplicate(_ nameIndex: Int, at offset: Int) -> DocumentInputError {
        error("the member \"\(name(at: nameIndex))\" appears twice; I-JSON forbids duplicate names", at: offset, pending: true)
    }

    /// The tape index after the value at `index`.
    private func next(after index: Int) -> Int {
        tape[index].isTapeContainer ? tape[index].tapePayload : index + 1
    }

    /// Whether two member names are the same: the same code points once unescaped (RFC 8259,
    /// section 8.3), compared as UTF-8 bytes. Not `==` on strings, which takes canonically
    /// equivalent names (`é` as one code point and as `e` with a combining accent) as one.
    private func sameName(_ first: Int, _ second: Int) -> Bool {
        let a = tape[first], b = tape[second]
        if a.tapeKind == .string, b.tapeKind == .string {
            let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
            return a.tapePayload == b.tapePayload && JSONStrings.equal(base + a.tapeOffset, base + b.tapeOffset, count: a.tapePayload)
        }
        return name(at: first).utf8.elementsEqual(name(at: second).utf8)
    }

    /// FNV-1a of the unescaped name.
    private func nameHash(_ index: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name(at: index).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }

    private func name(at index: Int) -> String {
        JSONStrings.string(tape[index], in: bytes)
    }

    // MARK: - Helpers

    @inline(__always)
    private mutating func append(_ kind: JSONTape.Kind, payload: Int, offset: Int) throws(DocumentInputError) {
        guard tape.count < JSONTape.maximumPayload else { throw error("the text has more values than the limit of \(JSONTape.maximumPayload)") }
        tape.append(JSONTape.entry(kind, payload: payload, offset: offset))
    }

    /// Moves past spaces, tabs and line breaks; the indentation after a line break eight
    /// spaces at a time.
    @inline(__always)
    private mutating func skipWhitespace() {
        // Whitespace is at most 0x20, so most calls end at the first comparison, and most
        // of the others after one space (`"name" : value`).
        guard position < bytes.count, bytes[position] <= UInt8(ascii: " ") else { return }
        if bytes[position] == UInt8(ascii: " "), position + 1 < bytes.count, bytes[position + 1] > UInt8(ascii: " ") {
            position += 1
            return
        }
        position = Self.endOfWhitespace(in: bytes, from: position)
    }

    /// The offset of the first byte from `offset` on that is not whitespace (or the end).
    private static func endOfWhitespace(in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int {
        var offset = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                offset += 1
                // The spaces at the start of the next eight bytes: the trailing zero bytes of
                // the word that has a zero byte for each space.
                while offset + 8 <= bytes.count {
                    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    let spaces = (word ^ 0x2020_2020_2020_2020).trailingZeroBitCount / 8
                    offset += spaces
                    if spaces < 8 { break }
                }
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t"): offset += 1
            default: return offset
            }
        }
        return offset
    }

    private mutating func skipDigits() {
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The byte at the current position, for a message: `"x"`, or the end of the text.
    private func describeByte() -> String {
        guard position < bytes.count else { return "the end of the text" }
        let byte = bytes[position]
        if byte >= 0x20, byte < 0x7F { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        return "the byte 0x\(Self.hex(UInt32(byte), digits: 2))"
    }

    /// The word at `start`, for a message: `"tru"`.
    private func describeWord(from start: Int? = nil) -> String {
        let start = start ?? position
        var end = start
        while end < bytes.count, end - start < 20, Self.isWordByte(bytes[end]) { end += 1 }
        guard end > start else { return describeByte() }
        return "\"\(String(decoding: bytes[start..<end], as: UTF8.self))\""
    }

    /// A syntax error at `offset` (the current position by default), at the path reached so
    /// far; `pending` says whether the path ends with the member or element being read.
    private func error(_ problem: String, at offset: Int? = nil, pending: Bool = true) -> DocumentInputError {
        let offset = offset ?? position
        return DocumentInputError(
            .invalidJSON, at: path(pending: pending), "not valid JSON: \(problem)",
            position: DocumentInputError.Position(offset: offset, in: bytes))
    }

    /// The path of the open containers, ending with the innermost one's current member or element when `pending`.
    private func path(pending: Bool) -> FieldPath {
        var components: [FieldPath.Component] = []
        let open = depth > 0 ? outer + [top] : []
        for (level, frame) in open.enumerated() {
            let isInnermost = level == open.count - 1
            if isInnermost && !pending { break }
            if frame.isObject {
                guard frame.count > 0 else { break }
                components.append(.key(name(at: frame.latestName)))
            } else {
                components.append(.index(frame.count))
            }
        }
        return FieldPath(components: components)
    }
}
