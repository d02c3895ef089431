/// A problem found in a document: an error that stops rendering, or a warning that the sources'
/// recommendations are not followed.
///
/// Messages are in English for the developers and integrators who read them; ``code`` is a
/// stable name that programs can match on.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// The sources recommend otherwise; the document can still be rendered.
        case warning
        /// The document cannot be what it claims to be; it is not rendered.
        case error

        /// Orders warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    /// Whether this is an error or a warning.
    public var severity: Severity
    /// A stable, machine-readable name for the problem, for example `course.noFacilitator`.
    public var code: DiagnosticCode
    /// Where the problem is.
    public var path: FieldPath
    /// What is wrong, in a sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, code: DiagnosticCode, path: FieldPath, message: String) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
    }

    /// Creates an error.
    public static func error(_ code: DiagnosticCode, at path: FieldPath, _ message: String) -> Diagnostic {
        Diagnostic(.error, code: code, path: path, message: message)
    }

    /// Creates a warning.
    public static func warning(_ code: DiagnosticCode, at path: FieldPath, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code: code, path: path, message: message)
    }

    /// Whether this is one of the methods' findings (its code starts with `finding.`): a warning
    /// about what the rendered document flags, such as an overdue review, rather than about the
    /// document's structure.
    public var isFinding: Bool {
        code.isFinding
    }

    /// `error at $.path: message (code)`.
    public var description: String {
        var text = UTF8TextBuilder(capacity: descriptionCapacity)
        write(to: &text)
        return text.text
    }

    /// Appends ``description`` to `text`: a diagnostic line is written per finding, a quarter
    /// of a million for a large log (see ``UTF8TextBuilder``).
    package func write(to text: inout UTF8TextBuilder) {
        text.append(severity.rawValue)
        text.append(" at ")
        path.write(to: &text)
        text.append(": ")
        text.append(message)
        text.append(" (")
        text.append(code.rawValue)
        text.append(")")
    }

    /// About the length of ``description`` in bytes, to reserve it at once.
    package var descriptionCapacity: Int {
        path.descriptionCapacity + message.utf8.count + code.rawValue.utf8.count + 16
    }

    enum CodingKeys: String, CodingKey {
        case severity, code, path, message
    }

    /// Decodes a diagnostic whose path is JSONPath text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        code = try container.decode(DiagnosticCode.self, forKey: .code)
        path = FieldPath(jsonPath: try container.decode(String.self, forKey: .path))
        message = try container.decode(String.self, forKey: .message)
    }

    /// Encodes the diagnostic with its path as JSONPath text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(path.description, forKey: .path)
        try container.encode(message, forKey: .message)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool {
        contains { $0.severity == .error }
    }

    /// The errors only.
    public var errors: [Diagnostic] {
        filter { $0.severity == .error }
    }

    /// The warnings only.
    public var warnings: [Diagnostic] {
        filter { $0.severity == .warning }
    }

    /// The methods' findings only (``Diagnostic/isFinding``).
    public var findings: [Diagnostic] {
        filter(\.isFinding)
    }

    /// Everything but the methods' findings: the checks of the document's structure and the
    /// sources' recommendations.
    public var withoutFindings: [Diagnostic] {
        filter { !$0.isFinding }
    }
}
