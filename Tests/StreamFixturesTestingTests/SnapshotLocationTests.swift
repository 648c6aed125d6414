import StreamFixturesTesting
import Testing

@Suite struct SnapshotLocationTests {
    @Test func livesInSnapshotsFolderBesideTheTestFileNamedAfterTestAndName() {
        let location = SnapshotLocation(
            filePath: "/repo/Tests/OrdersTests/DecodingTests.swift", function: "decodesOrders()", name: "1")
        #expect(location.path == "/repo/Tests/OrdersTests/__Snapshots__/DecodingTests/decodesOrders.1.json")
    }

    @Test func anInjectedDirectoryReplacesTheSnapshotsFolder() {
        let location = SnapshotLocation(
            filePath: "/repo/T.swift", function: "testA()", name: "batch", directory: "/tmp/x")
        #expect(location.path == "/tmp/x/testA.batch.json")
    }

    @Test func sanitisesFunctionsAndNamesToFileNameSafeWords() {
        #expect(SnapshotLocation.sanitized("decodesOrders()") == "decodesOrders")
        #expect(SnapshotLocation.sanitized("decodes(kind:count:)") == "decodes_kind_count")
        #expect(SnapshotLocation.sanitized("`decodes an order`()") == "decodes_an_order")
        #expect(SnapshotLocation.sanitized("../kinesis batch/2") == "kinesis_batch_2")
        #expect(SnapshotLocation.sanitized("größe-1") == "gr_e-1")
        #expect(SnapshotLocation.sanitized("()") == "snapshot")
    }

    @Test func countsUnnamedSnapshotsPerTestFunction() {
        let counter = SnapshotCounter()
        #expect(counter.next(filePath: "/a.swift", function: "f()") == 1)
        #expect(counter.next(filePath: "/a.swift", function: "f()") == 2)
        #expect(counter.next(filePath: "/a.swift", function: "g()") == 1)
        #expect(counter.next(filePath: "/b.swift", function: "f()") == 1)
    }
}
