public import ForebygCore

/// The secret a workplace holds to turn staff and citizen references into stable pseudonyms
/// for sharing beyond the team.
///
/// The pseudonym of a reference is a prefix (`B-` for a citizen, *borger*; `M-` for staff,
/// *medarbejder*) and the first 10 hexadecimal digits of HMAC-SHA256(key, the reference's
/// UTF-8 bytes). The same key and reference always give the same pseudonym, so exports from
/// different months can be compared; without the key, a pseudonym cannot be traced back or
/// recomputed from a guessed reference. Keep the key out of the export.
public struct PseudonymKey: Sendable {
    /// The key's bytes.
    private let bytes: [UInt8]

    /// Creates a key from its bytes, or returns `nil` if there are none. Use at least 32 random bytes.
    public init?(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return nil }
        self.bytes = bytes
    }

    /// The pseudonym of a citizen: `B-` and 10 hexadecimal digits.
    public func citizenPseudonym(for reference: PseudonymousReference) -> PseudonymousReference {
        pseudonym(prefix: "B-", for: reference)
    }

    /// The pseudonym of an employee: `M-` and 10 hexadecimal digits.
    public func staffPseudonym(for reference: PseudonymousReference) -> PseudonymousReference {
        pseudonym(prefix: "M-", for: reference)
    }

    private func pseudonym(prefix: String, for reference: PseudonymousReference) -> PseudonymousReference {
        let code = HMACSHA256.authenticationCode(for: Array(reference.rawValue.utf8), key: bytes)
        return PseudonymousReference(prefix + String(code.hexString.prefix(10)))
    }
}
