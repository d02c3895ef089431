import ForebygCore

/// The six answers of one BVC assessment: which behaviours were present.
///
/// In JSON an object with one member per ``BVCItem`` (all six required), each `0`, `1`, `false`
/// or `true`; written as `0` or `1`. A member that is not a BVC item is an error, not ignored:
/// a misspelt item would otherwise silently score 0.
public struct BVCAnswers: Hashable, Sendable {
    /// The behaviours scored 1.
    public var present: Set<BVCItem>

    /// Creates answers with the given behaviours present and the others absent.
    public init(present: Set<BVCItem> = []) {
        self.present = present
    }

    /// Whether a behaviour was present.
    public subscript(item: BVCItem) -> Bool {
        get { present.contains(item) }
        set {
            if newValue { present.insert(item) } else { present.remove(item) }
        }
    }

    /// The BVC score: the number of behaviours present, 0–6.
    public var score: Int { present.count }
}

extension BVCAnswers: Codable {
    /// Decodes the six answers, accepting `0`/`1` and `false`/`true`; anything else, a missing
    /// item or an unknown member throws with the member's path.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: JSONCodingKey.self)
        for key in container.allKeys where BVCItem(rawValue: key.stringValue) == nil {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\"\(key.stringValue)\" is not a BVC item; the items are \(BVCItem.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var present: Set<BVCItem> = []
        for item in BVCItem.allCases where try Self.decodeAnswer(item, in: container) {
            present.insert(item)
        }
        self.present = present
    }

    /// Encodes each answer as `0` or `1`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONCodingKey.self)
        for item in BVCItem.allCases {
            try container.encode(self[item] ? 1 : 0, forKey: JSONCodingKey(item.rawValue))
        }
    }

    private static func decodeAnswer(_ item: BVCItem, in container: KeyedDecodingContainer<JSONCodingKey>) throws -> Bool {
        let key = JSONCodingKey(item.rawValue)
        guard container.contains(key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: container.codingPath, debugDescription: "every BVC item needs an answer"))
        }
        if let flag = try? container.decode(Bool.self, forKey: key) { return flag }
        if let number = try? container.decode(Int.self, forKey: key), number == 0 || number == 1 { return number == 1 }
        throw DecodingError.dataCorruptedError(
            forKey: key, in: container,
            debugDescription: "a BVC answer is 0, 1, false or true (\"\(item.danishLabel)\")")
    }
}
