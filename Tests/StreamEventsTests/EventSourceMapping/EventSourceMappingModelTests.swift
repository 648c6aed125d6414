import Foundation
import StreamEvents
import StreamJSON
import Testing

/// Behaviour of the event source mapping models on hand-built values.
@Suite struct EventSourceMappingModelTests {
    typealias F = EventSourceMappingFixtures

    @Test func handBuiltValuesOfEveryModelRoundTrip() throws {
        try APIModelSamples.expectValueRoundTrip(F.configuration)
        try APIModelSamples.expectValueRoundTrip(EventSourceMappingConfiguration())
        try APIModelSamples.expectValueRoundTrip(F.listResponse)
        try APIModelSamples.expectValueRoundTrip(ListEventSourceMappingsResponse())
        try APIModelSamples.expectValueRoundTrip(F.listRequest)
        try APIModelSamples.expectValueRoundTrip(F.getRequest)
        try APIModelSamples.expectValueRoundTrip(F.createRequest)
        try APIModelSamples.expectValueRoundTrip(CreateEventSourceMappingRequest(functionName: "f"))
        try APIModelSamples.expectValueRoundTrip(F.updateRequest)
        try APIModelSamples.expectValueRoundTrip(UpdateEventSourceMappingRequest(uuid: "u"))
        try APIModelSamples.expectValueRoundTrip(F.filterCriteria)
        try APIModelSamples.expectValueRoundTrip(F.filterCriteriaError)
        try APIModelSamples.expectValueRoundTrip(F.destinationConfig)
        try APIModelSamples.expectValueRoundTrip(F.sourceAccess)
        try APIModelSamples.expectValueRoundTrip(F.selfManaged)
        try APIModelSamples.expectValueRoundTrip(SelfManagedEventSource())
        try APIModelSamples.expectValueRoundTrip(F.amazonManagedKafka)
        try APIModelSamples.expectValueRoundTrip(F.selfManagedKafka)
        try APIModelSamples.expectValueRoundTrip(F.schemaRegistry)
        try APIModelSamples.expectValueRoundTrip(F.documentDB)
        try APIModelSamples.expectValueRoundTrip(ScalingConfig(maximumConcurrency: 5))
        try APIModelSamples.expectValueRoundTrip(F.metrics)
        try APIModelSamples.expectValueRoundTrip(F.logging)
        try APIModelSamples.expectValueRoundTrip(F.pollers)
    }

    @Test func absentMembersAreNotEncoded() throws {
        let object = try APIModelSamples.encodedObject(EventSourceMappingConfiguration(uuid: "u", batchSize: 1))
        #expect(object.keys.sorted() == ["BatchSize", "UUID"])
    }

    @Test func filterCriteriaKeepsAbsentNullAndValueApart() throws {
        for value: Nullable<FilterCriteria>? in [nil, .null, .value(FilterCriteria()), .value(F.filterCriteria)] {
            let config = EventSourceMappingConfiguration(filterCriteria: value)
            let object = try APIModelSamples.encodedObject(config)
            switch value {
            case nil: #expect(object["FilterCriteria"] == nil)
            case .null: #expect(object["FilterCriteria"] == .null)
            case .value: #expect(object["FilterCriteria"]?.objectValue != nil)
            }
            let decoded = try JSONDecoder().decode(
                EventSourceMappingConfiguration.self, from: JSONEncoder().encode(config))
            #expect(decoded.filterCriteria == value)
        }
    }

    @Test func epochAndIsoTimestampsKeepTheirForm() throws {
        let json = #"{"LastModified": 1569284520.333, "StartingPositionTimestamp": "2024-01-02T00:00:00Z"}"#
        let config = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: Data(json.utf8))
        guard case .number(let number) = config.lastModified?.form else {
            Issue.record("LastModified should stay a number, found \(String(describing: config.lastModified))")
            return
        }
        #expect(number == JSONNumber("1569284520.333"))
        #expect(config.startingPositionTimestamp?.form == .iso8601("2024-01-02T00:00:00Z"))
        let object = try APIModelSamples.encodedObject(config)
        #expect(object["StartingPositionTimestamp"] == "2024-01-02T00:00:00Z")
        #expect(object["LastModified"]?.numberValue == JSONNumber("1569284520.333"))
    }

    @Test func unknownOpenSetValuesRoundTrip() throws {
        let json = #"""
            {"State": "Hibernating", "StartingPosition": "AT_SNAPSHOT", "FunctionResponseTypes": ["ReportEverything"],
             "MetricsConfig": {"Metrics": ["LagCount"]}, "LoggingConfig": {"SystemLogLevel": "TRACE"}}
            """#
        let config = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: Data(json.utf8))
        #expect(config.state?.rawValue == "Hibernating")
        #expect(config.startingPosition == EventSourcePosition(rawValue: "AT_SNAPSHOT"))
        #expect(config.functionResponseTypes == [FunctionResponseType(rawValue: "ReportEverything")])
        #expect(config.metricsConfig?.metrics == [EventSourceMappingMetric(rawValue: "LagCount")])
        #expect(config.loggingConfig?.systemLogLevel?.rawValue == "TRACE")
        try APIModelSamples.expectValueRoundTrip(config)
    }

    @Test func endpointsMapDecodesAsAnObjectKeyedByType() throws {
        let json = #"{"Endpoints": {"KAFKA_BOOTSTRAP_SERVERS": ["a:9092"], "NEW_KIND": ["b:1"]}}"#
        let source = try JSONDecoder().decode(SelfManagedEventSource.self, from: Data(json.utf8))
        #expect(source.endpoints == [.kafkaBootstrapServers: ["a:9092"], .init(rawValue: "NEW_KIND"): ["b:1"]])
        let object = try APIModelSamples.encodedObject(source)
        #expect(object["Endpoints"] == ["KAFKA_BOOTSTRAP_SERVERS": ["a:9092"], "NEW_KIND": ["b:1"]])
    }

    @Test func wrongTypesAreDecodingErrors() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: Data(#"{"BatchSize": "100"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SelfManagedEventSource.self, from: Data(#"{"Endpoints": ["a"]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CreateEventSourceMappingRequest.self, from: Data(#"{"BatchSize": 1}"#.utf8))
        }
    }

    @Test func everyBotocoreMemberIsModelled() throws {
        let cases: [(shape: String, value: any Encodable)] = [
            ("EventSourceMappingConfiguration", F.configuration),
            ("CreateEventSourceMappingRequest", F.createRequest),
            ("UpdateEventSourceMappingRequest", F.updateRequest),
            ("ListEventSourceMappingsRequest", F.listRequest),
            ("GetEventSourceMappingRequest", F.getRequest),
            ("FilterCriteria", F.filterCriteria),
            ("Filter", FilterCriteria.Filter(pattern: "{}")),
            ("FilterCriteriaError", F.filterCriteriaError),
            ("DestinationConfig", F.destinationConfig),
            ("OnSuccess", DestinationConfig.OnSuccess(destination: "")),
            ("OnFailure", DestinationConfig.OnFailure(destination: "")),
            ("SourceAccessConfiguration", SourceAccessConfiguration(type: .basicAuth, uri: "u")),
            ("SelfManagedEventSource", F.selfManaged),
            ("AmazonManagedKafkaEventSourceConfig", F.amazonManagedKafka),
            ("SelfManagedKafkaEventSourceConfig", F.amazonManagedKafka),
            ("KafkaSchemaRegistryConfig", F.schemaRegistry),
            ("KafkaSchemaRegistryAccessConfig", KafkaSchemaRegistryAccessConfig(type: .basicAuth, uri: "u")),
            ("KafkaSchemaValidationConfig", KafkaSchemaValidationConfig(attribute: .key)),
            ("DocumentDBEventSourceConfig", F.documentDB),
            ("ScalingConfig", ScalingConfig(maximumConcurrency: 2)),
            ("EventSourceMappingMetricsConfig", F.metrics),
            ("EventSourceMappingLoggingConfig", F.logging),
            ("ProvisionedPollerConfig", F.pollers),
        ]
        for (shape, value) in cases {
            let encoded = Set(try APIModelSamples.encodedObject(value).keys)
            let members = try APIModelSamples.botocoreMembers("lambda", shape)
            #expect(!members.isEmpty, "botocore has no shape \(shape)")
            #expect(encoded == members, "\(shape): model writes \(encoded.sorted()), botocore has \(members.sorted())")
        }
        let response = Set(try APIModelSamples.encodedObject(F.listResponse).keys)
        let responseMembers = try APIModelSamples.botocoreMembers("lambda", "ListEventSourceMappingsResponse")
        #expect(response == responseMembers.union(["NextToken"]))
    }

    @Test func everyBotocoreEnumValueHasAConstant() throws {
        let cases: [(shape: String, constants: [String])] = [
            ("EventSourcePosition", [EventSourcePosition.trimHorizon, .latest, .atTimestamp].map(\.rawValue)),
            ("FunctionResponseType", [FunctionResponseType.reportBatchItemFailures].map(\.rawValue)),
            (
                "SourceAccessType",
                [
                    SourceAccessType.basicAuth, .vpcSubnet, .vpcSecurityGroup, .saslScram512Auth,
                    .saslScram256Auth, .virtualHost, .clientCertificateTLSAuth, .serverRootCACertificate,
                ].map(\.rawValue)
            ),
            ("EndPointType", [SelfManagedEventSource.EndpointType.kafkaBootstrapServers].map(\.rawValue)),
            ("FullDocument", [DocumentDBEventSourceConfig.FullDocument.updateLookup, .default].map(\.rawValue)),
            (
                "EventSourceMappingMetric",
                [EventSourceMappingMetric.eventCount, .errorCount, .kafkaMetrics]
                    .map(\.rawValue)
            ),
            (
                "EventSourceMappingSystemLogLevel",
                [EventSourceMappingSystemLogLevel.debug, .info, .warn]
                    .map(\.rawValue)
            ),
            (
                "KafkaSchemaRegistryAuthType",
                [
                    KafkaSchemaRegistryAuthType.basicAuth, .clientCertificateTLSAuth,
                    .serverRootCACertificate,
                ].map(\.rawValue)
            ),
            ("KafkaSchemaValidationAttribute", [KafkaSchemaValidationAttribute.key, .value].map(\.rawValue)),
            ("SchemaRegistryEventRecordFormat", [SchemaRegistryEventRecordFormat.json, .source].map(\.rawValue)),
        ]
        for (shape, constants) in cases {
            #expect(constants == (try APIModelSamples.botocoreEnum("lambda", shape)), "\(shape)")
        }
    }
}
