import ForebygCore

/// A document of any registered kind, decoded in one pass: the `type` and `version` members
/// choose the kind, and the same decoder then reads the kind's own members.
///
/// The registry travels in the decoder's `userInfo` under ``registryKey``. Any problem throws;
/// ``DocumentRegistry`` then reads the document again step by step for a precise error.
struct AnyDocument: Decodable {
    /// The `userInfo` key of the ``DocumentRegistry`` to decode with.
    static let registryKey = CodingUserInfoKey(rawValue: "org.forebyg.documentRegistry")!

    /// The decoded document.
    let value: any VersionedDocument

    /// A header naming a kind the registry lacks, or a version it does not read.
    private struct UnreadableHeader: Error {}

    /// Decodes the header, then the body of the kind it names.
    init(from decoder: any Decoder) throws {
        let header = try DocumentHeader(from: decoder)
        guard let registry = decoder.userInfo[Self.registryKey] as? DocumentRegistry,
            let kind = registry.kind(named: header.type), kind.reads(version: header.version)
        else { throw UnreadableHeader() }
        value = try kind.decodeFromDecoder(decoder)
    }
}
