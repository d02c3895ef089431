import Synchronization

/// The tape of a ``ParsedJSON`` between decoding passes, lent to one pass at a time.
///
/// A pass that has the tape may give its pages back behind the decoding of a large array; it
/// returns the tape only if every entry is still readable. A pass that finds no tape here
/// (another pass has it, or it was given back) parses the text again, which gives the same tape.
final class JSONTapeStore: Sendable {
    private let slot: Mutex<JSONTape?>

    /// A store holding `tape`.
    init(_ tape: JSONTape) {
        slot = Mutex(tape)
    }

    /// The tape, for one pass's use alone, or `nil` if it is lent or gone.
    func take() -> JSONTape? {
        slot.withLock { tape in
            defer { tape = nil }
            return tape
        }
    }

    /// Returns an intact tape after a pass, unless another pass returned one first.
    func giveBack(_ tape: JSONTape) {
        slot.withLock { $0 = $0 ?? tape }
    }
}
