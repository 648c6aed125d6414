// swift-tools-version:6.0
// libFuzzer targets for StreamFixtures (issue #8). A package of its own so the main package stays
// free of sanitizer flags; build and run through Scripts/fuzz, which passes
// `-sanitize=fuzzer,address -parse-as-library` to every module (the libraries get coverage too).
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "StreamFixturesFuzz",
    dependencies: [.package(name: "StreamFixtures", path: "../..")],
    targets: [
        // The libFuzzer driver call and invariant checks shared by the targets.
        .target(name: "FuzzSupport", swiftSettings: strictSettings),
        // StreamJSON: parser, element walk, pointers, writer round trip.
        .executableTarget(
            name: "fuzz-json",
            dependencies: ["FuzzSupport", .product(name: "StreamJSON", package: "StreamFixtures")],
            swiftSettings: strictSettings
        ),
        // CaptureReader: every container, whole input versus chunked feeding.
        .executableTarget(
            name: "fuzz-capture",
            dependencies: [
                "FuzzSupport",
                .product(name: "StreamContracts", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
            ],
            swiftSettings: strictSettings
        ),
        // ContractValidator over the capture reader, kind detected or forced by the first byte.
        .executableTarget(
            name: "fuzz-validate",
            dependencies: [
                "FuzzSupport",
                .product(name: "StreamContracts", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
            ],
            swiftSettings: strictSettings
        ),
        // Base64, DynamoDB numbers, KPL aggregates, sequence numbers, hash keys, timestamps.
        .executableTarget(
            name: "fuzz-codecs",
            dependencies: [
                "FuzzSupport",
                .product(name: "StreamEvents", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
            ],
            swiftSettings: strictSettings
        ),
        // JSON -> AttributeMap -> DynamoDBItemDecoder into nested Codable types, and back.
        .executableTarget(
            name: "fuzz-item",
            dependencies: [
                "FuzzSupport",
                .product(name: "StreamEvents", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
