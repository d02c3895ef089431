#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A JSON text parsed once, by the strict rules of ``DocumentCodec``, ready to be decoded into
/// `Decodable` values any number of times.
///
/// The parsed form is a flat tape of 8 bytes per value and member name that points into the
/// input; strings are unescaped only when a value is decoded. The decoding of a large array
/// gives the tape's pages back behind it; a later pass that needs them parses the text again.
/// Decoding goes through the `Decodable` conformances unchanged, and reports the members no
/// conformance asked for as warnings (``Decoded/warnings``).
public struct ParsedJSON: Sendable {
    /// The input text.
    public let data: Data
    /// The tape between passes; a pass that gives back its pages does not return it.
    private let tapes: JSONTapeStore
    private let memberCount: Int
    private let limits: JSONReadingLimits
    /// The pages of a text mapped from a file, released behind each pass over it.
    private let pages: JSONTextPages?
    /// How many tape entries the decoding of a large array passes before it gives back the
    /// tape's pages behind it.
    private let tapeReleaseStride: Int

    /// Parses a text, or throws an ``DocumentInputError/Kind/invalidJSON`` error with the path,
    /// line and column of the first problem.
    public init(_ data: Data, limits: JSONReadingLimits = .standard) throws(DocumentInputError) {
        try self.init(data, limits: limits, pages: nil)
    }

    /// Parses a text mapped from a file, releasing its pages behind the parse and behind the
    /// decoding of large arrays. The tape's pages are given back behind the decoding of large
    /// arrays every `tapeReleaseStride` entries (four megabytes by default; `0` after every
    /// element and `Int.max` never, for tests).
    package init(
        _ data: Data, limits: JSONReadingLimits = .standard, pages: JSONTextPages?, tapeReleaseStride: Int = 1 << 19
    ) throws(DocumentInputError) {
        self.data = data
        self.pages = pages
        self.limits = limits
        self.tapeReleaseStride = tapeReleaseStride
        let tape = try data.withUnsafeBytes { bytes in
            Result { () throws(DocumentInputError) in try JSONParser.parse(bytes, limits: limits, pages: pages) }
        }.get()
        memberCount = tape.memberCount
        tapes = JSONTapeStore(tape)
    }

    /// Decodes a value of a `Decodable` type from the whole text.
    public func decode<Value: Decodable>(
        _ type: Value.Type, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws(DocumentInputError) -> Decoded<Value> {
        try decode(userInfo: userInfo) { decoder in try Value(from: decoder) }
    }

    /// Decodes a value with a function of a decoder over the whole text, for example one that
    /// reads a header and then chooses the type of the body.
    ///
    /// A `DecodingError` becomes a ``DocumentInputError`` at its path; a ``DocumentInputError``
    /// thrown by `body` passes through; any other error is an ``DocumentInputError/Kind/invalidValue`` at `$`.
    public func decode<Value>(
        userInfo: [CodingUserInfoKey: any Sendable] = [:], using body: (any Decoder) throws -> Value
    ) throws(DocumentInputError) -> Decoded<Value> {
        try withState(userInfo: userInfo) { state throws(DocumentInputError) in
            let value = try Self.run(body, on: state)
            guard state.membersRead < memberCount else { return Decoded(value: value, warnings: []) }
            let unknown = UnknownMembers.find(in: state)
            let suggestions = suggestionState(for: unknown, userInfo: userInfo, body: body)
            return Decoded(value: value, warnings: unknown.map { $0.warning(suggestingFrom: suggestions) })
        }
    }

    /// Decodes a value without looking for unknown members, for callers that drop the warnings.
    func decodeValue<Value>(using body: (any Decoder) throws -> Value) throws(DocumentInputError) -> Value {
        try withState(userInfo: [:]) { state throws(DocumentInputError) in try Self.run(body, on: state) }
    }

    /// The members that decoding with `body` asks for, as paths with indices collapsed
    /// (`$.rows[].goal`), whether the text has them or not. For tests that check a format's
    /// schema against its decoder.
    package func membersAskedFor<Value>(using body: (any Decoder) throws -> Value) -> Set<String> {
        (try? withState(userInfo: [:], observing: true) { state throws(DocumentInputError) in
            state.recordedPaths = []
            _ = try? body(JSONValueDecoder(state: state, index: 0))
            return state.recordedPaths ?? []
        }) ?? []
    }

    /// A second pass that notes the absent members asked for in the objects with unknown
    /// members, to suggest what an unknown member's name probably meant.
    private func suggestionState<Value>(
        for unknown: [UnknownMembers.Member], userInfo: [CodingUserInfoKey: any Sendable], body: (any Decoder) throws -> Value
    ) -> [Int: [String]] {
        (try? withState(userInfo: userInfo, observing: true) { state throws(DocumentInputError) in
            state.watchedObjects = Set(unknown.map(\.object))
            _ = try? body(JSONValueDecoder(state: state, index: 0))
            return state.absentNames
        }) ?? [:]
    }

    private func withState<Output>(
        userInfo: [CodingUserInfoKey: any Sendable], observing: Bool = false, _ body: (JSONDecodingState) throws(DocumentInputError) -> Output
    ) throws(DocumentInputError) -> Output {
        try data.withUnsafeBytes { bytes in
            Result { () throws(DocumentInputError) in
                // Another pass has the tape, or gave its pages back: parsing again gives the same tape.
                let lent = tapes.take()
                let tape = if let lent { lent } else { try JSONParser.parse(bytes, limits: limits, pages: pages) }
                let tapePages = JSONTapePages(tape, stride: tapeReleaseStride) { [limits, pages] in
                    try? JSONParser.parse(bytes, limits: limits, pages: pages)
                }
                let state = JSONDecodingState(bytes: bytes, tapePages: tapePages, userInfo: userInfo, pages: pages, observing: observing)
                defer { state.tapePages.intact.map(tapes.giveBack) }
                return try body(state)
            }
        }.get()
    }

    private static func run<Value>(_ body: (any Decoder) throws -> Value, on state: JSONDecodingState) throws(DocumentInputError) -> Value {
        do {
            return try body(JSONValueDecoder(state: state, index: 0))
        } catch let error as DecodingError {
            var inputError = DocumentInputError(error)
            inputError.position = DocumentInputError.Position(offset: state.offset(of: inputError.path), in: state.bytes)
            throw inputError
        } catch let error as DocumentInputError {
            throw error
        } catch {
            throw DocumentInputError(.invalidValue, at: .root, String(describing: error))
        }
    }
}
