// swift-tools-version:6.2
// StreamFixtures: generate, validate and snapshot AWS Lambda stream events.
// No package dependencies by design: Foundation and the toolchain's test libraries only.
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "StreamFixtures",
    products: [
        .library(name: "StreamJSON", targets: ["StreamJSON"]),
        .library(name: "StreamJSONSchema", targets: ["StreamJSONSchema"]),
        .library(name: "StreamEvents", targets: ["StreamEvents"]),
        .library(name: "StreamContracts", targets: ["StreamContracts"]),
        .library(name: "StreamFixtures", targets: ["StreamFixtures"]),
        .library(name: "StreamFixturesTesting", targets: ["StreamFixturesTesting"]),
        .executable(name: "stream-fixtures", targets: ["stream-fixtures"]),
    ],
    targets: [
        // JSON value with source positions and exact number text, strict byte parser, pointer, writer.
        .target(name: "StreamJSON", swiftSettings: strictSettings),
        // JSON Schema 2020-12 engine: compiler, validator, ECMA-262 patterns, formats. Knows nothing of AWS.
        .target(name: "StreamJSONSchema", dependencies: ["StreamJSON"], swiftSettings: strictSettings),
        // Codable models of every payload in scope, and the DynamoDB item coder.
        .target(name: "StreamEvents", dependencies: ["StreamJSON"], swiftSettings: strictSettings),
        // The contract, in pipeline order: capture reader → kind detection → embedded Schemas/ + semantic rules →
        // reports. Reuses StreamEvents' codecs (Base64, DynamoDB numbers, KPL, MD5) so each has one implementation.
        .target(
            name: "StreamContracts",
            dependencies: ["StreamJSON", "StreamJSONSchema", "StreamEvents"],
            swiftSettings: strictSettings
        ),
        // Seeded generators, mutations and snapshot assertions.
        .target(
            name: "StreamFixtures",
            dependencies: ["StreamEvents", "StreamContracts", "StreamJSONSchema", "StreamJSON"],
            swiftSettings: strictSettings
        ),
        // Snapshot assertions for XCTest and Swift Testing. A target of its own so that the CLI and
        // StreamFixtures never link the test frameworks.
        .target(
            name: "StreamFixturesTesting",
            dependencies: ["StreamFixtures", "StreamContracts", "StreamEvents", "StreamJSONSchema", "StreamJSON"],
            swiftSettings: strictSettings
        ),
        // The command-line tool: argument parsing and output only.
        .executableTarget(
            name: "stream-fixtures",
            dependencies: ["StreamFixtures", "StreamContracts", "StreamJSONSchema", "StreamEvents", "StreamJSON"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "StreamJSONTests", dependencies: ["StreamJSON"], swiftSettings: strictSettings),
        .testTarget(
            name: "StreamJSONSchemaTests",
            // StreamFixtures for the generation coverage run, which reuses this target's suite lookup.
            dependencies: ["StreamJSONSchema", "StreamJSON", "StreamFixtures"],
            exclude: ["Schema/KnownFailures.md", "Schema/GenerationCoverageGaps.md"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StreamEventsTests",
            dependencies: ["StreamEvents", "StreamJSON"],
            exclude: ["APIModels/README.md"],
            resources: [.copy("Samples"), .copy("APIModels/botocore-shapes.json")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StreamContractsTests",
            dependencies: ["StreamContracts", "StreamJSONSchema", "StreamEvents", "StreamJSON"],
            resources: [.copy("Capture/Captures"), .copy("Seeds")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StreamFixturesTests",
            dependencies: ["StreamFixtures", "StreamEvents", "StreamContracts", "StreamJSONSchema", "StreamJSON"],
            exclude: ["DataSchemas"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StreamFixturesTestingTests",
            dependencies: ["StreamFixturesTesting", "StreamFixtures", "StreamEvents", "StreamJSON"],
            exclude: ["__Snapshots__"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CLITests", dependencies: ["stream-fixtures"], swiftSettings: strictSettings),
    ]
)
