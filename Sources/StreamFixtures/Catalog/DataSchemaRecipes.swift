// Recipes whose record data or table items come from a JSON Schema file (`dataSchema`, `itemSchema`).

import Foundation
import StreamContracts
import StreamEvents
import StreamJSON
import StreamJSONSchema

/// Generates the kinds that carry user data with that data drawn from the user's schema: Kinesis record data for
/// `kinesis-event` and `put-records-request` (`dataSchema`), table items for `dynamodb-event` (`itemSchema`).
/// Everything else about the documents is what the kind's own
/// generator makes from the same recipe.
enum DataSchemaRecipes {
    static func generate(_ recipe: FixtureRecipe) throws -> [[UInt8]] {
        let entry = try FixtureCatalog.entry(for: recipe)
        for option in [FixtureRecipe.Option.dataSchema, .itemSchema] where recipe.optionsSet.contains(option) {
            guard entry.options.contains(option) else {
                throw FixtureRecipeError(
                    member: option.rawValue,
                    "kind '\(recipe.kind)' does not use \(option.rawValue); it uses seed, count"
                        + entry.options.map { ", " + $0.rawValue }.joined())
            }
        }
        try entry.check(recipe)
        switch recipe.kind {
        case .kinesisEvent:
            let data = try payload(recipe)
            return KinesisEvent.generate(FixtureCatalog.kinesisOptions(recipe), payload: data, seed: recipe.seed)
                .map { $0.compactJSON() }
        case .putRecordsRequest:
            let options = FixtureCatalog.putRecordsOptions(recipe)
            let encoder = StreamJSONEncoder()
            return try Gen.putRecordsExchange(options, payload: try payload(recipe))
                .samples(count: options.count, seed: recipe.seed).map { try encoder.encode($0.input) }
        case .dynamodbEvent:
            return DynamoDBEvent.generate(
                FixtureCatalog.dynamoDBOptions(recipe), items: try items(recipe), seed: recipe.seed
            )
            .map { $0.compactJSON() }
        default:
            throw FixtureRecipeError(member: "dataSchema", "kind '\(recipe.kind)' carries no generated data")
        }
    }

    private static func payload(_ recipe: FixtureRecipe) throws(FixtureRecipeError) -> KinesisPayload {
        let schema = try load(recipe.dataSchema, member: "dataSchema")
        do {
            return try KinesisPayload.json(matching: schema)
        } catch {
            throw FixtureRecipeError(member: "dataSchema", "cannot generate data: \(error)")
        }
    }

    private static func items(_ recipe: FixtureRecipe) throws(FixtureRecipeError) -> DynamoDBItemSource {
        let schema = try load(recipe.itemSchema, member: "itemSchema")
        do {
            return try DynamoDBItemSource.values(matching: schema)
        } catch {
            throw FixtureRecipeError(member: "itemSchema", "cannot generate items: \(error)")
        }
    }

    /// Reads and compiles a schema file; its path is its base URI, so relative `$ref`s resolve beside it.
    static func load(_ path: String?, member: String) throws(FixtureRecipeError) -> JSONSchema {
        guard let path else { throw FixtureRecipeError(member: member, "no schema file given") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FixtureRecipeError(member: member, "cannot read the schema file '\(path)'")
        }
        do {
            let document = try JSONDocument(parsing: data)
            let base = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
            return try JSONSchema(compiling: document, baseURI: base, registry: ContractSchemas.registry())
        } catch {
            throw FixtureRecipeError(member: member, "the schema file '\(path)' does not compile: \(error)")
        }
    }
}
