/// Why a JSON document could not be read, and where.
public struct DocumentInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of problem.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The bytes are not JSON.
        case invalidJSON
        /// The `type` member is missing or names a kind the reader does not know.
        case unknownDocumentType
        /// The `version` member is newer than the library, or not a version it reads.
        case unsupportedVersion
        /// A required member is missing.
        case missingField
        /// A value has the wrong JSON type, for example text where a number belongs.
        case wrongType
        /// A value has the right type but is not allowed, for example a date that does not exist or an unknown name.
        case invalidValue

        /// The diagnostic code of this kind of problem: `input.` and the kind's name.
        public var code: DiagnosticCode {
            switch self {
            case .invalidJSON: .inputInvalidJSON
            case .unknownDocumentType: .inputUnknownDocumentType
            case .unsupportedVersion: .inputUnsupportedVersion
            case .missingField: .inputMissingField
            case .wrongType: .inputWrongType
            case .invalidValue: .inputInvalidValue
            }
        }
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// Where it is.
    public var path: FieldPath
    /// What is wrong, in a sentence.
    public var message: String
    /// Where in the input text: for ``Kind/invalidJSON`` the byte at fault, for the other kinds
    /// the start of the value at fault (or of the object that lacks a member). Text output shows
    /// it after the message of syntax errors only; the path locates the others.
    public var position: Position?

    /// Creates an input error.
    public init(_ kind: Kind, at path: FieldPath, _ message: String, position: Position? = nil) {
        self.kind = kind
        self.path = path
        self.message = message
        self.position = position
    }

    /// `at $.path: message`, with `(line 3, column 17)` after the message of a syntax error.
    public var description: String {
        "at \(path): \(located)"
    }

    /// The error as a diagnostic, so that input errors and validation errors can be reported together.
    public var diagnostic: Diagnostic {
        .error(kind.code, at: path, located)
    }

    /// The message, followed by the position for syntax errors (the path locates the others).
    private var located: String {
        guard let position, kind == .invalidJSON else { return message }
        return "\(message) (\(position))"
    }
}

extension DocumentInputError {
    /// Translates a `DecodingError` into an input error that names the JSON path.
    public init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(.wrongType, at: FieldPath(codingPath: context.codingPath), "expected \(Self.jsonName(of: type))")
        case .valueNotFound(let type, let context):
            self.init(.wrongType, at: FieldPath(codingPath: context.codingPath), "expected \(Self.jsonName(of: type)), found null")
        case .keyNotFound(let key, let context):
            self.init(.missingField, at: FieldPath(codingPath: context.codingPath + [key]), "required member is missing")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(.invalidJSON, at: .root, "not valid JSON: \(Self.describe(context))")
        case .dataCorrupted(let context):
            self.init(.invalidValue, at: FieldPath(codingPath: context.codingPath), Self.describe(context))
        @unknown default:
            self.init(.invalidValue, at: .root, String(describing: error))
        }
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError {
            return "\(context.debugDescription) (\(underlying))"
        }
        return context.debugDescription
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default: "a value of type \(type)"
        }
    }
}
