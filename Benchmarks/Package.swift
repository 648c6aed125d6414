// swift-tools-version:6.2
// The release-build measurements driven by Benchmarks/run. A package of its own (like Scripts/Fuzz), so the main
// package's products stay the library, the test support and the CLI; it uses the public API only, as a user would.
import PackageDescription

let package = Package(
    name: "StreamFixturesBenchmarks",
    dependencies: [.package(name: "StreamFixtures", path: "..")],
    targets: [
        .executableTarget(
            name: "stream-fixtures-bench",
            dependencies: [
                .product(name: "StreamFixtures", package: "StreamFixtures"),
                .product(name: "StreamContracts", package: "StreamFixtures"),
                .product(name: "StreamJSONSchema", package: "StreamFixtures"),
                .product(name: "StreamEvents", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
            ],
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("InternalImportsByDefault"),
            ]
        )
    ]
)
