import ForebygCore

extension Timing: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, date, start, end, interval, count, text
    }

    /// The values of the `kind` member.
    enum Kind: String, Codable, CaseIterable {
        case date, period, every, timesPer, text
    }

    /// Decodes a timing from its `kind` and the members that kind needs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kindText = try container.decode(String.self, forKey: .kind)
        guard let kind = Kind(rawValue: kindText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown timing kind \"\(kindText)\"; expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        switch kind {
        case .date: self = .date(try container.decode(CalendarDate.self, forKey: .date))
        case .period:
            self = .period(
                start: try container.decode(CalendarDate.self, forKey: .start),
                end: try container.decode(CalendarDate.self, forKey: .end))
        case .every: self = .every(try container.decode(Interval.self, forKey: .interval))
        case .timesPer:
            self = .timesPer(try Self.decodeCount(container), try container.decode(Interval.self, forKey: .interval))
        case .text: self = .text(try container.decode(String.self, forKey: .text))
        }
    }

    private static func decodeCount(_ container: KeyedDecodingContainer<CodingKeys>) throws -> Int {
        let count = try container.decode(Int.self, forKey: .count)
        guard count >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .count, in: container, debugDescription: "a count must be 1 or more, found \(count)")
        }
        return count
    }

    /// Encodes the timing's `kind` and the members that kind needs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .date(let date): try container.encode(date, forKey: .date)
        case .period(let start, let end):
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        case .every(let interval): try container.encode(interval, forKey: .interval)
        case .timesPer(let count, let interval):
            try container.encode(count, forKey: .count)
            try container.encode(interval, forKey: .interval)
        case .text(let text): try container.encode(text, forKey: .text)
        }
    }

    /// The value of the timing's `kind` member.
    private var kind: Kind {
        switch self {
        case .date: .date
        case .period: .period
        case .every: .every
        case .timesPer: .timesPer
        case .text: .text
        }
    }
}
