/// The stable, machine-readable name of a kind of problem, for example `plan.duplicateID`: what
/// programs match on in a ``Diagnostic`` (and in `forebyg validate --json`).
///
/// A code is `area.problem`, or `finding.area.problem` for the methods' findings. Every part is
/// lowerCamelCase as the Swift API Design Guidelines write names: an acronym or initialism is all
/// capitals (`duplicateID`, `redLevelWithoutBVC`, `nameNotUTF8`, `invalidJSON`) except at the
/// start of a part, where it is all lower case (`bvc.`, `la2.`).
///
/// Each module declares its codes once, as static members in its one `…DiagnosticCodes.swift`
/// file, named by the code's parts run together (`plan.duplicateID` is `planDuplicateID`), and
/// lists them all in `all<Module>Codes` (for example ``allForebygCoreCodes``);
/// `Documentation/DiagnosticCodes.md` is generated from those declarations and checked against
/// them. There is deliberately no string-literal initialiser: a diagnostic is made from a
/// declared member, so no code escapes the lists and a misspelt code does not compile.
///
/// Encoded as its plain string. Decoding accepts any string, so a diagnostic from a newer
/// release, with a code this one does not declare, still decodes.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code as programs read it, for example `plan.duplicateID`.
    public let rawValue: String

    /// Wraps a code's text. Declare a module's codes in its `…DiagnosticCodes.swift` file.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Whether this is one of the methods' findings: the code starts with `finding.`.
    public var isFinding: Bool {
        rawValue.hasPrefix("finding.")
    }

    /// The code's text.
    public var description: String {
        rawValue
    }

    /// Decodes the code from its plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the code as its plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
