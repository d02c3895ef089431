import ForebygCore
import ForebygDocuments
import Foundation

/// The built-in examples as JSON, read once: the mutation mode's starting points and the seeds.
enum Examples {
    /// Every example of ``ExampleCatalog/all`` in canonical JSON, in the catalog's order.
    static let documents: [(name: String, json: Data)] = ExampleCatalog.all.compactMap { example in
        json(of: example.document).map { ("\(example.module)-\(example.name)", $0) }
    }

    /// The examples as trees, in the same order.
    static let trees: [JSONValue] = documents.compactMap { JSONValue(parsing: $0.json) }

    /// A document in canonical JSON; `nil` if it cannot be written (a fuzz finding of its own).
    static func json(of document: any VersionedDocument) -> Data? {
        do throws(DocumentOutputError) {
            return try DocumentCodec.encode(document)
        } catch {
            return nil
        }
    }
}
