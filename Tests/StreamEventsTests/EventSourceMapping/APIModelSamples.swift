import Foundation
import StreamJSON
import Testing

/// Loads the bundled sample files and checks JSON-level round trips for the API-shaped models.
enum APIModelSamples {
    struct MissingSample: Error, CustomStringConvertible {
        var name: String
        var description: String { "sample \(name) is not in the test bundle's Samples folder" }
    }

    /// The bytes of `Samples/<name>`.
    static func bytes(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Samples") else {
            throw MissingSample(name: name)
        }
        return try Data(contentsOf: url)
    }

    /// Decodes `Samples/<name>` as `T`, encodes it again, and expects both documents to be equal JSON
    /// (members in any order, numbers by value). Returns the decoded model for further checks.
    @discardableResult
    static func expectRoundTrip<T: Codable>(
        _ type: T.Type, sample name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let original = try bytes(name)
        let model = try JSONDecoder().decode(T.self, from: original)
        let reencoded = try JSONEncoder().encode(model)
        let before = try JSONDecoder().decode(JSONValue.self, from: original)
        let after = try JSONDecoder().decode(JSONValue.self, from: reencoded)
        #expect(
            before == after,
            "\(name) changed on re-encoding:\n\(String(decoding: reencoded, as: UTF8.self))",
            sourceLocation: sourceLocation)
        return model
    }

    /// Encodes `value`, decodes the bytes, and expects an equal value back.
    static func expectValueRoundTrip<T: Codable & Equatable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let bytes = try JSONEncoder().encode(value)
        let decoded = try JSONDecoder().decode(T.self, from: bytes)
        #expect(
            decoded == value,
            "\(T.self) changed through encode → decode:\n\(String(decoding: bytes, as: UTF8.self))",
            sourceLocation: sourceLocation)
    }

    /// The JSON object a value encodes to.
    static func encodedObject<T: Encodable>(_ value: T) throws -> JSONObject {
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        return json.objectValue ?? JSONObject()
    }

    /// The botocore extract (`Tests/StreamEventsTests/APIModels/botocore-shapes.json`, a resource of the target).
    static let botocoreURL =
        Bundle.module.url(forResource: "botocore-shapes", withExtension: "json")
        ?? URL(fileURLWithPath: "/nonexistent/botocore-shapes.json")

    /// The botocore extract, parsed once (it is large; Foundation parses it in about a second in debug builds).
    static let botocore: JSONValue? = {
        guard let data = try? Data(contentsOf: botocoreURL) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }()

    /// A botocore shape of `service` as JSON.
    static func botocoreShape(_ service: String, _ shape: String) throws -> JSONValue {
        botocore?["services"]?[service]?["shapes"]?[shape] ?? .null
    }

    /// The member names of a botocore structure shape.
    static func botocoreMembers(_ service: String, _ shape: String) throws -> Set<String> {
        Set(try botocoreShape(service, shape)["members"]?.objectValue?.keys ?? [])
    }

    /// The values of a botocore enum shape.
    static func botocoreEnum(_ service: String, _ shape: String) throws -> [String] {
        (try botocoreShape(service, shape)["enum"]?.arrayValue ?? []).compactMap(\.stringValue)
    }
}
