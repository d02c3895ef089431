import ForebygDocuments
import Foundation

/// The fuzzer's starting inputs, made from the built-in examples: each example in all three
/// modes of ``FuzzInput``, in Danish (and the mutation mode also in English).
enum SeedCorpus {
    /// The seeds, each with a file name.
    static var seeds: [(name: String, bytes: [UInt8])] {
        let kinds = DocumentRegistry.standard.documentTypes
        return Examples.documents.enumerated().flatMap { index, example -> [(name: String, bytes: [UInt8])] in
            var seeds: [(name: String, bytes: [UInt8])] = [
                ("raw-\(example.name).json", Array(example.json)),
                ("mutation-\(example.name)", [FuzzInput.mutationMode, UInt8(index)]),
                ("mutation-en-\(example.name)", [FuzzInput.mutationMode, UInt8(index) | 0x80]),
            ]
            if case .object(var members) = Examples.trees[index], case .string(let type)? = members["type"],
                let kind = kinds.firstIndex(of: type) {
                members["type"] = nil
                members["version"] = nil
                let body = JSONValue.object(members).text.dropFirst()
                seeds.append(("kind-\(example.name)", [FuzzInput.kindMode, UInt8(kind)] + Array((body == "}" ? "}" : "," + body).utf8)))
            }
            return seeds
        }
    }

    /// Writes the seeds into a folder, which must exist.
    static func write(to folder: URL) throws {
        for seed in seeds {
            try Data(seed.bytes).write(to: folder.appendingPathComponent(seed.name))
        }
    }
}
