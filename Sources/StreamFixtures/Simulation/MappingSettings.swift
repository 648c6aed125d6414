import StreamEvents

/// The settings of a stream event source mapping that shape its invocations, with Lambda's defaults filled in and
/// every value checked against the range the Lambda API accepts.
struct MappingSettings: Sendable {
    /// `BatchSize` (default 100).
    var batchSize: Int
    /// `MaximumBatchingWindowInSeconds` in milliseconds (default 0: invoke as soon as records are there).
    var batchingWindowMilliseconds: Int64
    /// `ParallelizationFactor` (default 1).
    var parallelizationFactor: Int
    /// Whether `FunctionResponseTypes` holds `ReportBatchItemFailures`.
    var reportsBatchItemFailures: Bool
    /// `MaximumRetryAttempts`, or `nil` for -1 (retry until the records expire; the default).
    var maximumRetryAttempts: Int?
    /// `MaximumRecordAgeInSeconds` in milliseconds, or `nil` for -1 (no limit; the default).
    var maximumRecordAgeMilliseconds: Int64?
    /// `BisectBatchOnFunctionError` (default false).
    var bisectsOnError: Bool
    /// `TumblingWindowInSeconds` in milliseconds, or `nil` for 0 (no window; the default).
    var tumblingWindowMilliseconds: Int64?
    /// The kind of the on-failure destination, if the mapping has one.
    var destination: OnFailureDestination?
    /// The `FunctionArn`, if the configuration names one.
    var functionARN: String?
    /// The parsed `FilterCriteria`, when they have filters.
    var filter: EventFilter?

    /// Reads and checks `mapping`.
    ///
    /// - Throws: `GeneratorOptionsError` naming the configuration member (by its wire name) that Lambda would reject
    ///   for a stream source (a malformed filter pattern included), or that the simulator cannot honour.
    init(_ mapping: EventSourceMappingConfiguration) throws(GeneratorOptionsError) {
        func check(_ value: Int?, _ field: String, _ allowed: ClosedRange<Int>, default fallback: Int)
            throws(GeneratorOptionsError) -> Int
        {
            let value = value ?? fallback
            guard allowed.contains(value) else {
                throw GeneratorOptionsError(field: field, allowed: allowed, found: value)
            }
            return value
        }
        batchSize = try check(mapping.batchSize, "BatchSize", 1...10_000, default: 100)
        batchingWindowMilliseconds =
            Int64(
                try check(mapping.maximumBatchingWindowInSeconds, "MaximumBatchingWindowInSeconds", 0...300, default: 0)
            )
            * 1_000
        parallelizationFactor = try check(mapping.parallelizationFactor, "ParallelizationFactor", 1...10, default: 1)
        let retries = try check(mapping.maximumRetryAttempts, "MaximumRetryAttempts", -1...10_000, default: -1)
        maximumRetryAttempts = retries < 0 ? nil : retries
        let age = mapping.maximumRecordAgeInSeconds ?? -1
        guard age == -1 || (60...604_800).contains(age) else {
            throw GeneratorOptionsError(
                field: "MaximumRecordAgeInSeconds", message: "expected -1 or 60…604800, found \(age)")
        }
        maximumRecordAgeMilliseconds = age < 0 ? nil : Int64(age) * 1_000
        bisectsOnError = mapping.bisectBatchOnFunctionError ?? false
        let window = try check(mapping.tumblingWindowInSeconds, "TumblingWindowInSeconds", 0...900, default: 0)
        tumblingWindowMilliseconds = window == 0 ? nil : Int64(window) * 1_000
        var reports = false
        for type in mapping.functionResponseTypes ?? [] {
            guard type == .reportBatchItemFailures else {
                throw GeneratorOptionsError(
                    field: "FunctionResponseTypes", message: "expected ReportBatchItemFailures, found \(type.rawValue)")
            }
            reports = true
        }
        reportsBatchItemFailures = reports
        if let arn = mapping.destinationConfig?.onFailure?.destination {
            guard let kind = MappingSettings.destinationKind(arn) else {
                throw GeneratorOptionsError(
                    field: "DestinationConfig.OnFailure.Destination",
                    message: "a stream source sends discarded batches to an SQS queue, SNS topic or S3 bucket ARN, "
                        + "found \"\(arn)\"")
            }
            destination = kind
        } else {
            destination = nil
        }
        functionARN = mapping.functionARN
        switch mapping.filterCriteria {
        case .value(let criteria):
            do throws(EventFilterError) {
                let parsed = try EventFilter(criteria: criteria)
                filter = parsed.patterns.isEmpty ? nil : parsed
            } catch {
                throw GeneratorOptionsError(field: "FilterCriteria", message: error.description)
            }
        case .null:
            throw GeneratorOptionsError(
                field: "FilterCriteria",
                message: "the criteria are null (encrypted with a customer managed key); give them in clear to simulate"
            )
        case nil:
            filter = nil
        }
    }

    /// The destination kind an ARN names: `arn:<partition>:sqs|sns|s3:…`.
    static func destinationKind(_ arn: String) -> OnFailureDestination? {
        switch ARNParts(arn)?.service {
        case "sqs": .sqs
        case "sns": .sns
        case "s3": .s3
        default: nil
        }
    }
}
