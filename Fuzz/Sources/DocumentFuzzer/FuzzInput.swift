import DocumentTree
import ForebygCore
import ForebygDocuments
import Foundation

/// What one fuzzer input stands for: a JSON text and the language to render it in.
///
/// The first byte chooses the mode:
/// - `0x01` (*kind*): the second byte picks a kind of ``DocumentRegistry/standard``; the rest is
///   the body, written after `{"type":"<kind>","version":<newest>` (so it starts with `,` or `}`),
///   so that the bodies of every kind are explored and not only the `type` header;
/// - `0x02` (*mutation*): the second byte picks an example of ``ExampleCatalog/all``; the rest
///   are ``ExampleMutation``s of it;
/// - anything else (*raw*): the input is the JSON text itself, so a crash file of this mode is a
///   document `forebyg validate` reads as it is.
///
/// In the first two modes the second byte's high bit chooses English labels, and its other bits
/// the kind or example; raw inputs are rendered in Danish.
struct FuzzInput {
    static let kindMode: UInt8 = 0x01
    static let mutationMode: UInt8 = 0x02

    let json: Data
    let language: Language

    init(_ bytes: [UInt8]) {
        guard bytes.count >= 2, bytes[0] == Self.kindMode || bytes[0] == Self.mutationMode else {
            json = Data(bytes)
            language = .danish
            return
        }
        let choice = Int(bytes[1] & 0x7F)
        language = bytes[1] & 0x80 == 0 ? .danish : .english
        if bytes[0] == Self.kindMode {
            let kind = DocumentRegistry.standard.kinds[choice % DocumentRegistry.standard.kinds.count]
            json = Data(#"{"type":"\#(kind.documentType)","version":\#(kind.formatVersion)"#.utf8) + bytes[2...]
        } else {
            var tree = Examples.trees[choice % Examples.trees.count]
            for edit in ExampleMutation.edits(from: bytes[2...]) {
                edit.apply(to: &tree)
            }
            json = Data(tree.text.utf8)
        }
    }
}
