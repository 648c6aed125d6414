#if canImport(Testing)
    public import StreamEvents
    public import StreamFixtures
    import StreamJSON
    public import Testing

    extension KinesisEvent: CustomTestStringConvertible {
        /// One line for test logs: `kinesis-event 3 records shardId-000000000003 stream orders 49647888…–…`.
        ///
        /// The full JSON is one call away: `try StreamJSONEncoder(style: .pretty).encodeToString(event)`.
        public var testDescription: String {
            let shard = records.first.map { String($0.eventID.prefix { $0 != ":" }) } ?? tumblingWindow.shardId
            return EventTestLine.join(
                "kinesis-event", EventTestLine.count(records.count, "record"), shard,
                EventTestLine.resourceName(records.first?.eventSourceARN ?? tumblingWindow.eventSourceARN),
                EventTestLine.range(records.map(\.kinesis.sequenceNumber)), EventTestLine.window(tumblingWindow))
        }
    }

    extension DynamoDBEvent: CustomTestStringConvertible {
        /// One line for test logs: `dynamodb-event 2 records table orders 700000000000000000001–…02`.
        ///
        /// The full JSON is one call away: `try StreamJSONEncoder(style: .pretty).encodeToString(event)`.
        public var testDescription: String {
            EventTestLine.join(
                "dynamodb-event", EventTestLine.count(records.count, "record"), tumblingWindow.shardId,
                EventTestLine.resourceName(records.first?.eventSourceARN ?? tumblingWindow.eventSourceARN),
                EventTestLine.range(records.compactMap(\.dynamodb.sequenceNumber)),
                EventTestLine.window(tumblingWindow))
        }
    }

    extension StreamsEventResponse: CustomTestStringConvertible {
        /// One line for test logs: `batch-item-failures 1 failure 49647888…381468803122`, or `… no failures`.
        public var testDescription: String {
            let failures = batchItemFailures ?? []
            if failures.isEmpty { return "batch-item-failures no failures" }
            return EventTestLine.join(
                "batch-item-failures", EventTestLine.count(failures.count, "failure"),
                EventTestLine.range(failures.map { $0.itemIdentifier ?? "null" }))
        }
    }

    extension TimeWindowEventResponse: CustomTestStringConvertible {
        /// One line for test logs: `time-window-response state 2 members 1 failure 49647888…381468803122`.
        public var testDescription: String {
            let failures = batchItemFailures ?? []
            let stateText: String
            switch state {
            case .none: stateText = "no state"
            case .some(.object(let members)): stateText = "state " + EventTestLine.count(members.count, "member")
            case .some: stateText = "state not an object"
            }
            return EventTestLine.join(
                "time-window-response", stateText, EventTestLine.count(failures.count, "failure"),
                failures.isEmpty ? nil : EventTestLine.range(failures.map { $0.itemIdentifier ?? "null" }))
        }
    }

    extension StreamOnFailureRecord: CustomTestStringConvertible {
        /// One line for test logs: `kinesis-on-failure RetryAttemptsExhausted 10 records shardId-… stream orders …`.
        public var testDescription: String {
            let info = kinesisBatchInfo ?? dynamoDBBatchInfo
            return EventTestLine.join(
                kinesisBatchInfo != nil ? "kinesis-on-failure" : "dynamodb-on-failure",
                requestContext.condition.rawValue, info.map { EventTestLine.count($0.batchSize, "record") },
                info?.shardId, EventTestLine.resourceName(info?.streamArn),
                info.map { EventTestLine.range([$0.startSequenceNumber, $0.endSequenceNumber]) })
        }
    }

    extension Sample: CustomTestStringConvertible {
        /// The value's one line (its `testDescription` when it has one) and the seed that replays it:
        /// `kinesis-event 3 records … (seed: 7468330190125846520)`.
        public var testDescription: String {
            let line = (value as? any CustomTestStringConvertible)?.testDescription ?? String(describing: value)
            return "\(line) (seed: \(seed))"
        }
    }
#endif
