extension KeyedDecodingContainer {
    /// Decodes a list that may be left out of the JSON, reading a missing member as empty.
    package func list<Element: Decodable>(_ key: Key) throws -> [Element] {
        try decodeIfPresent([Element].self, forKey: key) ?? []
    }
}
