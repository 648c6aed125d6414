// swift-tools-version:6.2
// A user's package, depending on StreamFixtures by path: its sources and tests are the code of the README and of the
// DocC articles, verbatim (Scripts/check-doc-snippets checks that they are), and `.ci/run` builds it with its tests,
// so documented code cannot rot.
import PackageDescription

let package = Package(
    name: "OrdersConsumer",
    dependencies: [.package(name: "StreamFixtures", path: "../..")],
    targets: [
        .target(name: "OrdersConsumer", dependencies: [.product(name: "StreamEvents", package: "StreamFixtures")]),
        .testTarget(
            name: "OrdersConsumerTests",
            dependencies: [
                "OrdersConsumer",
                .product(name: "StreamFixtures", package: "StreamFixtures"),
                .product(name: "StreamFixturesTesting", package: "StreamFixtures"),
                .product(name: "StreamContracts", package: "StreamFixtures"),
                .product(name: "StreamEvents", package: "StreamFixtures"),
                .product(name: "StreamJSON", package: "StreamFixtures"),
                .product(name: "StreamJSONSchema", package: "StreamFixtures"),
            ]),
    ]
)
