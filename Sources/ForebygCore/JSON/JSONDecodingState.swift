/// What one decoding pass over a parsed text shares: the bytes, the tape, and which member
/// names the decoder has asked for.
///
/// A member counts as read when a container looks it up (`decode`, `decodeIfPresent`,
/// `contains`, `decodeNil`); members never looked up are the unknown members. Absent members
/// that were asked for are noted only for the objects in ``watchedObjects``, to suggest a
/// spelling, and every lookup is noted in ``recordedPaths`` when recording is on (for tests).
@usableFromInline
final class JSONDecodingState {
    let bytes: UnsafeRawBufferPointer
    /// The tape's entries; see ``releaseTape(_:)`` for the ones that may not be read.
    private(set) var tape: UnsafeBufferPointer<UInt64>
    let userInfo: [CodingUserInfoKey: Any]
    /// The member indices of the open ``JSONObjectReader``s.
    let memberStack = JSONMemberStack()
    /// Where each type's lookups found their members last.
    let lookupHints = JSONLookupHints()
    /// One bit per tape entry: set for member names looked up.
    private let readMarks: UnsafeMutablePointer<UInt64>
    private let readMarkWords: Int
    /// Whether this pass notes lookups for ``watchedObjects`` or ``recordedPaths`` (the
    /// suggestion pass and the tests' pass). A constant, so that the ordinary pass tests it
    /// without the dynamic exclusivity check every read of a class's `var` costs.
    private let observes: Bool
    /// Objects (tape indices) whose absent members asked for are noted in ``absentNames``.
    var watchedObjects: Set<Int> = []
    /// The absent member names asked for, per watched object.
    private(set) var absentNames: [Int: [String]] = [:]
    /// Every member asked for, as a path with indices collapsed (`$.rows[].goal`), when not `nil`.
    var recordedPaths: Set<String>?
    /// The text's pages released behind the decoding of large arrays.
    var release: JSONTextRelease
    /// The tape's pages given back behind the decoding of large arrays.
    private(set) var tapePages: JSONTapePages

    init(
        bytes: UnsafeRawBufferPointer, tapePages: JSONTapePages, userInfo: [CodingUserInfoKey: Any], pages: JSONTextPages?,
        observing: Bool = false
    ) {
        self.bytes = bytes
        tape = tapePages.entries
        self.userInfo = userInfo
        observes = observing
        release = JSONTextRelease(pages)
        self.tapePages = tapePages
        readMarkWords = (self.tape.count + 63) / 64
        readMarks = .allocate(capacity: readMarkWords)
        readMarks.initialize(repeating: 0, count: readMarkWords)
    }

    deinit {
        readMarks.deallocate()
    }

    /// Gives back the tape's pages of entries in `range`, which the pass will not read
    /// again unless it restores them (``restoreTape(_:)``).
    func releaseTape(_ range: Range<Int>) {
        tapePages.release(range)
    }

    /// Makes the entries in `range` (all entries when `nil`) readable again if their pages were
    /// given back, by parsing the text again.
    func restoreTape(_ range: Range<Int>? = nil) {
        guard tapePages.needsRestoring(range) else { return }
        tape = tapePages.restore()
    }

    /// ``restoreTape(_:)`` for the container at `index` and everything in it.
    func restoreTape(containerAt index: Int) {
        restoreTape(index..<index + 1)
        restoreTape(index..<max(next(after: index), index + 1))
    }

    /// The tape index after the value at `index`.
    @inline(__always)
    func next(after index: Int) -> Int {
        let entry = tape[index]
        return entry.isTapeContainer ? entry.tapePayload : index + 1
    }

    /// The tape index of the value of member `name` of the object at `object`, marking the
    /// member read; `nil` if the object has no such member.
    func lookUp(_ name: String, in object: Int) -> Int? {
        var name = name
        let nameIndex: Int? = name.withUTF8 { utf8 in
            var index = object + 1
            while index < tape[object].tapePayload {
                if JSONStrings.entry(tape[index], in: bytes, equals: utf8) { return index }
                index = next(after: index + 1)
            }
            return nil
        }
        return noteLookup(name, in: object, nameIndex: nameIndex)
    }

    /// Notes a lookup of member `name` of the object at `object`, whose name is at tape index
    /// `nameIndex` (`nil` when the object has no such member): marks the member read, and
    /// notes the lookup for the suggestion and recording passes. Returns the tape index of
    /// the member's value.
    func noteLookup(_ name: @autoclosure () -> String, in object: Int, nameIndex: Int?) -> Int? {
        if observes { observe(name(), in: object, found: nameIndex != nil) }
        guard let nameIndex else { return nil }
        markRead(nameIndex)
        return nameIndex + 1
    }

    /// The error of a required member `name` that the object at `object` lacks.
    func keyNotFound(_ name: String, in object: Int) -> DecodingError {
        .keyNotFound(JSONCodingKey(name), .init(codingPath: codingPath(to: object), debugDescription: "no member \"\(name)\""))
    }

    /// The tape index of the value of member `name`, or `nil` if it is absent or `null`.
    func presentValue(of name: String, in object: Int) -> Int? {
        guard let index = lookUp(name, in: object), !decodeNil(at: index) else { return nil }
        return index
    }

    /// Notes a lookup for the suggestion pass and the tests' pass.
    private func observe(_ name: String, in object: Int, found: Bool) {
        if recordedPaths != nil { recordedPaths?.insert(collapsedPath(to: object) + String(FieldPath(components: [.key(name)]).description.dropFirst())) }
        if !found, watchedObjects.contains(object) { absentNames[object, default: []].append(name) }
    }

    /// How many distinct member names were looked up.
    var membersRead: Int {
        (0..<readMarkWords).reduce(0) { count, word in count + readMarks[word].nonzeroBitCount }
    }

    /// Whether the member name at `index` was looked up.
    func wasRead(_ index: Int) -> Bool {
        readMarks[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    private func markRead(_ index: Int) {
        readMarks[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// The member names and value indices of the object at `object`.
    func members(of object: Int) -> [(name: String, value: Int)] {
        var members: [(String, Int)] = []
        var index = object + 1
        while index < tape[object].tapePayload {
            members.append((JSONStrings.string(tape[index], in: bytes), index + 1))
            index = next(after: index + 1)
        }
        return members
    }

    /// The number of elements of the array at `array`.
    func elementCount(of array: Int) -> Int {
        var count = 0, index = array + 1
        while index < tape[array].tapePayload {
            count += 1
            index = next(after: index)
        }
        return count
    }

    /// The path from the root to the value at `target`, found by descending the tape.
    func path(to target: Int) -> [FieldPath.Component] {
        restoreTape()
        var components: [FieldPath.Component] = []
        var current = 0
        while current != target {
            let entry = tape[current]
            var child = current + 1, position = 0
            while next(after: entry.tapeKind == .object ? child + 1 : child) <= target {
                child = next(after: entry.tapeKind == .object ? child + 1 : child)
                position += 1
            }
            if entry.tapeKind == .object {
                components.append(.key(JSONStrings.string(tape[child], in: bytes)))
                current = child + 1
            } else {
                components.append(.index(position))
                current = child
            }
        }
        return components
    }

    /// The byte offset of the value at `path`, or of the deepest value on the way that exists
    /// (the object that lacks a member).
    func offset(of path: FieldPath) -> Int {
        restoreTape()
        var current = 0
        for component in path.components {
            let child: Int? = switch (component, tape[current].tapeKind) {
            case (.key(let name), .object): members(of: current).last { $0.name.utf8.elementsEqual(name.utf8) }?.value
            case (.index(let position), .array): element(position, of: current)
            default: nil
            }
            guard let child else { break }
            current = child
        }
        let entry = tape[current]
        return entry.tapeKind == .string || entry.tapeKind == .escapedString ? entry.tapeOffset - 1 : entry.tapeOffset
    }

    private func element(_ position: Int, of array: Int) -> Int? {
        var index = array + 1
        for _ in 0..<position where index < tape[array].tapePayload {
            index = next(after: index)
        }
        return index < tape[array].tapePayload ? index : nil
    }

    /// ``path(to:)`` as coding keys.
    func codingPath(to target: Int) -> [any CodingKey] {
        path(to: target).map { component in
            switch component {
            case .key(let name): JSONCodingKey(name)
            case .index(let index): JSONCodingKey(index: index)
            }
        }
    }

    /// ``path(to:)`` as JSONPath text with every index written `[]`.
    private func collapsedPath(to target: Int) -> String {
        FieldPath(components: path(to: target)).description.replacing(/\[\d+\]/, with: "[]")
    }
}

/// A coding key for any member name or an array index: in a decoding error's path, and for the
/// package's objects whose members are checked one by one (the BVC's answers).
package struct JSONCodingKey: CodingKey {
    package let stringValue: String
    package let intValue: Int?

    package init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    package init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    package init?(stringValue: String) {
        self.init(stringValue)
    }

    package init?(intValue: Int) {
        self.init(index: intValue)
    }
}
