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

    /// Reads and compiles the schema file a recipe member names (see ``UserSchemaFile``).
    static func load(_ path: String?, member: String) throws(FixtureRecipeError) -> JSONSchema {
        guard let path else { throw FixtureRecipeError(member: member, "no schema file given") }
        do {
            return try UserSchemaFile.compile(at: path)
        } catch {
            throw FixtureRecipeError(member: member, error.description)
        }
    }
}
