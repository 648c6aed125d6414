import StreamEvents
import StreamJSON
import Testing

/// How a mapping's criteria combine their filters, and how they fail.
@Suite struct EventFilterCriteriaTests {
    static let records = FilterRecords.kinesisJSON

    static func delivered(_ filter: EventFilter) -> [String] {
        records.filter { filter.accepts($0.record) }.map(\.name)
    }

    @Test func filtersAreOred() throws {
        let filter = try EventFilter(
            criteria: FilterCriteria(filters: [
                .init(pattern: #"{"data":{"kind":["refund"]}}"#),
                .init(pattern: #"{"partitionKey":["vip-2"]}"#),
            ]))
        #expect(Self.delivered(filter) == ["k3", "k4"])
    }

    @Test func criteriaWithoutFiltersDeliverEverything() throws {
        #expect(Self.delivered(try EventFilter(criteria: FilterCriteria())) == ["k1", "k2", "k3", "k4"])
        #expect(Self.delivered(try EventFilter(criteria: FilterCriteria(filters: []))) == ["k1", "k2", "k3", "k4"])
        let dynamodb = try EventFilter(criteria: FilterCriteria())
        #expect(FilterRecords.dynamodbRecords.allSatisfy { dynamodb.accepts($0.record) })
    }

    @Test func fiveFiltersAreTheDefaultQuota() throws {
        let filter = FilterCriteria.Filter(pattern: #"{"data":{"kind":["order"]}}"#)
        #expect(
            try EventFilter(criteria: FilterCriteria(filters: Array(repeating: filter, count: 5))).patterns.count == 5)
        let error = #expect(throws: EventFilterError.self) {
            try EventFilter(criteria: FilterCriteria(filters: Array(repeating: filter, count: 6)))
        }
        #expect(error?.reason == .tooManyFilters)
        #expect(error?.criteriaPointer.description == "/Filters")
        let raised = try EventFilter(
            criteria: FilterCriteria(filters: Array(repeating: filter, count: 10)), maximumFilterCount: 10)
        #expect(raised.patterns.count == 10)
    }

    @Test func aMalformedFilterIsReportedWithItsIndex() {
        let error = #expect(throws: EventFilterError.self) {
            try EventFilter(
                criteria: FilterCriteria(filters: [
                    .init(pattern: #"{"data":{"kind":["order"]}}"#),
                    .init(pattern: #"{"data":{"total":[{"numeric":[">","10"]}]}}"#),
                ]))
        }
        #expect(error?.filterIndex == 1)
        #expect(error?.pointer.description == "/data/total/0/numeric/1")
        #expect(error?.criteriaPointer.description == "/Filters/1/Pattern")
        #expect(error?.description.hasPrefix("Filters/1/Pattern, /data/total/0/numeric/1: ") == true)
    }

    @Test func aFilterWithoutAPatternIsAnError() {
        let error = #expect(throws: EventFilterError.self) {
            try EventFilter(criteria: FilterCriteria(filters: [.init(pattern: nil)]))
        }
        #expect(error?.reason == .missingPattern)
        #expect(error?.filterIndex == 0)
    }

    @Test func aKPLAggregateIsNotJSONData() throws {
        // A KPL aggregate starts with the magic bytes F3 89 9A C2: its data is never JSON to a filter.
        let aggregate = FilterRecords.kinesis(
            "agg", partitionKey: "vip-1", arrival: 1_704_153_600, data: [0xF3, 0x89, 0x9A, 0xC2, 0x0A, 0x01, 0x61])
        let onData = EventFilter(patterns: [try EventPattern(parsing: #"{"data":{"kind":["order"]}}"#)])
        #expect(!onData.accepts(aggregate.record))
    }

    @Test func patternsMatchPlainJSONValues() throws {
        let pattern = try EventPattern(parsing: #"{"order":{"total":[{"numeric":[">",100]}]}}"#)
        #expect(pattern.matches(["order": ["total": 250]]))
        #expect(!pattern.matches(["order": ["total": 20]]))
        #expect(!pattern.matches("order"))
        #expect(pattern.description == #"{"order":{"total":[{"numeric":[">",100]}]}}"#)
    }
}
