import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

@Suite struct EventSourceMappingGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    @Test func membersStayWithinTheirBotocoreRanges() throws {
        try Gen.eventSourceMapping().forAll(count: 1000, seed: "esm-ranges") { mapping in
            try Check.require(
                (1...10_000).contains(mapping.batchSize ?? 0), "BatchSize \(String(describing: mapping.batchSize))")
            try Check.require((0...300).contains(mapping.maximumBatchingWindowInSeconds ?? -1), "window")
            try Check.require((1...10).contains(mapping.parallelizationFactor ?? 0), "ParallelizationFactor")
            let age = mapping.maximumRecordAgeInSeconds ?? 0
            try Check.require(age == -1 || (60...604_800).contains(age), "MaximumRecordAgeInSeconds \(age)")
            try Check.require((-1...10_000).contains(mapping.maximumRetryAttempts ?? -2), "MaximumRetryAttempts")
            try Check.require((0...900).contains(mapping.tumblingWindowInSeconds ?? -1), "TumblingWindowInSeconds")
            try Check.require(mapping.bisectBatchOnFunctionError != nil, "BisectBatchOnFunctionError missing")
            let types = mapping.functionResponseTypes ?? [.init(rawValue: "missing")]
            try Check.require(types == [] || types == [.reportBatchItemFailures], "FunctionResponseTypes \(types)")
            let documented: [EventSourceMappingState] = [
                .creating, .enabling, .enabled, .disabling, .disabled, .updating, .deleting,
            ]
            try Check.require(
                documented.contains(mapping.state ?? EventSourceMappingState(rawValue: "?")),
                "State \(String(describing: mapping.state))")
            try Check.require(
                ["User action", "USER_INITIATED"].contains(mapping.stateTransitionReason ?? ""), "StateTransitionReason"
            )
            try Check.require(
                ["OK", "No records processed", "PROBLEM: Function call failed"].contains(
                    mapping.lastProcessingResult ?? ""),
                "LastProcessingResult \(String(describing: mapping.lastProcessingResult))")
            for filter in mapping.filterCriteria?.asOptional?.filters ?? [] {
                try Check.require((filter.pattern ?? "").utf8.count <= 4096, "filter pattern too long")
            }
        }
    }

    @Test func mostMappingsUseTheDefaultsAndAreEnabled() {
        let mappings = Gen.eventSourceMapping().samples(count: 1000, seed: "esm-defaults")
        #expect(mappings.filter { $0.batchSize == 100 }.count > 400)
        #expect(mappings.filter { $0.state == .enabled }.count > 750)
        #expect(mappings.contains { $0.batchSize != 100 })
        #expect(mappings.contains { $0.filterCriteria != nil })
    }

    @Test func atTimestampIsKinesisOnlyAndStartsBeforeLastModified() throws {
        var atTimestamp = 0
        try Gen.eventSourceMapping().forAll(count: 1000, seed: "esm-at-timestamp") { mapping in
            let kinesis = mapping.eventSourceARN?.contains(":kinesis:") ?? false
            if mapping.startingPosition == .atTimestamp {
                atTimestamp += 1
                try Check.require(kinesis, "AT_TIMESTAMP on \(mapping.eventSourceARN ?? "?")")
                let start = try #require(Check.milliseconds(mapping.startingPositionTimestamp))
                let modified = try #require(Check.milliseconds(mapping.lastModified))
                try Check.require(start < modified, "StartingPositionTimestamp \(start) not before \(modified)")
            } else {
                try Check.require(mapping.startingPositionTimestamp == nil, "timestamp without AT_TIMESTAMP")
                try Check.require(
                    [.trimHorizon, .latest].contains(mapping.startingPosition ?? EventSourcePosition(rawValue: "?")),
                    "StartingPosition")
            }
        }
        #expect(atTimestamp > 0)
    }

    @Test func everyARNIsStrictAndSharesTheSourcesPartitionRegionAndAccount() throws {
        try Gen.eventSourceMapping().forAll(count: 1000, seed: "esm-arns") { mapping in
            let source = try #require(mapping.eventSourceARN)
            if source.contains(":dynamodb:") {
                try Check.requireStrict("dynamodbStreamArnStrict", source)
            } else if source.contains("/consumer/") {
                try Check.requireStrict("kinesisConsumerArnStrict", source)
            } else {
                try Check.requireStrict("kinesisStreamArnStrict", source)
            }
            try Check.requireStrict("lambdaFunctionArnStrict", mapping.functionARN)
            try Check.requireStrict("eventSourceMappingArnStrict", mapping.eventSourceMappingARN)
            let scope = Check.scope(ofARN: source)
            try Check.require(Check.scope(ofARN: mapping.functionARN ?? "") == scope, "function scope")
            try Check.require(Check.scope(ofARN: mapping.eventSourceMappingARN ?? "") == scope, "mapping scope")
            if let key = mapping.kmsKeyARN {
                try Check.requireStrict("kmsKeyArnStrict", key)
                try Check.require(Check.scope(ofARN: key) == scope, "KMS key scope")
            }
            if let destination = mapping.destinationConfig?.onFailure?.destination {
                let kind = destination.split(separator: ":")[2]
                let strict = ["sqs": "sqsQueueArnStrict", "sns": "snsTopicArnStrict", "s3": "s3BucketArnStrict"]
                try Check.requireStrict(strict[String(kind)] ?? "?", destination)
                if kind == "s3" {
                    try Check.require(destination.split(separator: ":")[1] == scope[0], "S3 partition")
                } else {
                    try Check.require(Check.scope(ofARN: destination) == scope, "destination scope \(destination)")
                }
            }
            try Check.require(mapping.destinationConfig?.onSuccess == nil, "OnSuccess is not supported for streams")
        }
    }

    @Test func uuidIsLowercaseVersion4AndEndsTheMappingARN() throws {
        try Gen.eventSourceMapping().forAll(count: 1000, seed: "esm-uuid") { mapping in
            let uuid = try #require(mapping.uuid)
            try Check.requireStrict("uuidStrict", uuid)
            try Check.require(uuid == uuid.lowercased(), "uppercase UUID \(uuid)")
            try Check.require(Array(uuid)[14] == "4" && "89ab".contains(Array(uuid)[19]), "not version 4: \(uuid)")
            try Check.require(mapping.eventSourceMappingARN?.hasSuffix(":event-source-mapping:" + uuid) == true, "ARN")
        }
    }

    @Test func filterPatternsUseTheSourcesDataKey() throws {
        try Gen.eventSourceMapping().forAll(count: 1000, seed: "esm-filters") { mapping in
            let dynamoDB = mapping.eventSourceARN?.contains(":dynamodb:") ?? false
            for filter in mapping.filterCriteria?.asOptional?.filters ?? [] {
                let pattern = try #require(filter.pattern)
                let value = try StreamJSONDecoder().decode(JSONValue.self, from: pattern)
                try Check.require(value[dynamoDB ? "dynamodb" : "data"] != nil, "pattern \(pattern) for \(dynamoDB)")
            }
            if case .null? = mapping.filterCriteria {
                try Check.require(mapping.kmsKeyARN != nil, "null filter without KMS")
            }
        }
    }

    @Test func recordAgeOfDynamoDBMappingsFitsTheDayOfRetention() throws {
        let options = EventSourceMappingOptions(source: .dynamoDBStream)
        try Gen.eventSourceMapping(options).forAll(count: 1000, seed: "esm-ddb-age") { mapping in
            try Check.require((mapping.maximumRecordAgeInSeconds ?? 0) <= 86_400, "age beyond the stream's retention")
            try Check.require(mapping.eventSourceARN?.contains(":dynamodb:") == true, "source")
        }
    }

    @Test func lastModifiedFollowsTheTimestampStyle() throws {
        let wire = EventSourceMappingConfiguration.generate(.init(count: 200), seed: 5)
        let cli = EventSourceMappingConfiguration.generate(.init(count: 200, timestampStyle: .iso8601), seed: 5)
        for (epoch, iso) in zip(wire, cli) {
            guard case .number(let number)? = epoch.lastModified?.form else {
                Issue.record("expected an epoch number, found \(String(describing: epoch.lastModified))")
                return
            }
            #expect(number.text.split(separator: ".").last.map { (1...3).contains($0.count) } == true)
            guard case .iso8601(let text)? = iso.lastModified?.form else {
                Issue.record("expected ISO text, found \(String(describing: iso.lastModified))")
                return
            }
            #expect(text.hasSuffix("+00:00"))
            #expect(Check.milliseconds(epoch.lastModified) == Check.milliseconds(iso.lastModified))
        }
    }

    @Test func listPagesChainByNextMarkerInOneAccount() throws {
        let listing = Gen.eventSourceMappingPages(EventSourceMappingListOptions(count: 4, pageSize: 3))
        try listing.forAll(count: 200, seed: "esm-pages") { pages in
            try Check.require(pages.count == 4, "pages \(pages.count)")
            for (index, page) in pages.enumerated() {
                let isLast = index == pages.count - 1
                try Check.require((page.nextMarker == nil) == isLast, "marker on page \(index)")
                let size = page.eventSourceMappings?.count ?? -1
                try Check.require(isLast ? (0...3).contains(size) : size == 3, "page \(index) size \(size)")
            }
            let mappings = pages.flatMap { $0.eventSourceMappings ?? [] }
            try Check.require(Set(mappings.compactMap(\.uuid)).count == mappings.count, "duplicate UUIDs")
            let markers = pages.compactMap(\.nextMarker)
            try Check.require(Set(markers).count == markers.count, "repeated markers")
            let scopes = Set(mappings.map { Check.scope(ofARN: $0.functionARN ?? "") })
            try Check.require(scopes.count <= 1, "more than one account or region: \(scopes)")
        }
    }

    @Test func mappingsRoundTripThroughTheirJSON() throws {
        try Gen.eventSourceMapping().forAll(count: 300, seed: "esm-round-trip") { try Check.requireRoundTrip($0) }
        let options = EventSourceMappingOptions(timestampStyle: .iso8601)
        try Gen.eventSourceMapping(options).forAll(count: 300, seed: "esm-round-trip-iso") {
            try Check.requireRoundTrip($0)
        }
        try Gen.eventSourceMappingPages(.init(count: 2)).forAll(count: 100, seed: "esm-pages-round-trip") { pages in
            for page in pages { try Check.requireRoundTrip(page) }
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let single =
            EventSourceMappingConfiguration.generate(.init(count: 5), seed: 2024)
            + EventSourceMappingConfiguration.generate(.init(count: 5, timestampStyle: .iso8601), seed: 2024)
        try Check.expectDigest(single, "f85740a281ac3e1a0636c79bde02b5f7")
        let pages = ListEventSourceMappingsResponse.generate(.init(count: 3, pageSize: 2), seed: 2024)
        try Check.expectDigest(pages, "3e07f4c09a83326b6d0508fe72a1a7e2")
    }
}
