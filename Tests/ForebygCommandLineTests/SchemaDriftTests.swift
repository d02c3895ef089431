import ForebygCore
import ForebygTestSupport
import Foundation
import Testing
import ForebygDocuments

/// Every member the library writes is declared in its kind's JSON Schema: the examples and the
/// fixtures are decoded, encoded again, and walked against the schema with `$ref`s resolved.
@Suite struct SchemaDriftTests {
    static let fixtures = RepositoryFiles.allFixtures

    @Test func everyExampleWritesOnlyDeclaredMembers() throws {
        for example in ExampleCatalog.all {
            try expectDeclared(try DocumentCodec.encode(example.document), named: example.name)
        }
    }

    @Test func everyFixtureWritesOnlyDeclaredMembers() throws {
        try #require(Self.fixtures.count >= 15)
        for fixture in Self.fixtures {
            let document = try DocumentRegistry.standard.decode(Data(contentsOf: fixture))
            try expectDeclared(try DocumentCodec.encode(document), named: fixture.lastPathComponent)
        }
    }

    @Test func noSchemaHasTwoDefinitionsOfOneName() {
        for kind in DocumentRegistry.standard.kinds {
            #expect(kind.schema.conflictingDefinitionNames.isEmpty, "\(kind.documentType)")
        }
    }

    private func expectDeclared(_ data: Data, named name: String) throws {
        let json = try JSONSerialization.jsonObject(with: data)
        let type = try #require((json as? [String: Any])?["type"] as? String)
        let kind = try #require(DocumentRegistry.standard.kind(named: type))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(kind.jsonSchema.utf8)) as? [String: Any])
        let undeclared = SchemaWalk(root: schema).undeclaredMembers(of: json, against: schema, at: "$")
        #expect(undeclared.isEmpty, "\(name) writes members its schema does not declare: \(undeclared)")
    }
}

/// Walks a JSON value against a schema and lists the object members the schema does not declare.
private struct SchemaWalk {
    let root: [String: Any]

    func undeclaredMembers(of value: Any, against schema: [String: Any], at path: String) -> [String] {
        let schema = resolved(schema)
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            return object.sorted { $0.key < $1.key }.flatMap { key, memberValue -> [String] in
                guard let member = properties[key] as? [String: Any] else { return ["\(path).\(key)"] }
                return undeclaredMembers(of: memberValue, against: member, at: "\(path).\(key)")
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            return array.enumerated().flatMap { undeclaredMembers(of: $0.element, against: items, at: "\(path)[\($0.offset)]") }
        }
        return []
    }

    private func resolved(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        let name = String(reference.dropFirst("#/$defs/".count))
        let definitions = root["$defs"] as? [String: Any]
        return resolved(definitions?[name] as? [String: Any] ?? [:])
    }
}
