import Foundation
import StreamContracts
import StreamEvents
import StreamJSON

/// `stream-fixtures filter`: which records of captured events a mapping's filter criteria would deliver.
enum FilterCommand {
    static let usage = """
        USAGE: stream-fixtures filter --mapping MAPPING [--max-filters N] EVENTS...

        Reads the FilterCriteria of MAPPING (an event source mapping as the models write it, the
        output of 'aws lambda get-event-source-mapping', or a create/update request) and every
        Kinesis or DynamoDB Streams event (or single record) in EVENTS: JSON, JSON Lines, log
        exports, anything 'validate' reads; '-' is standard input. Prints one line per record:

          deliver|drop  SOURCE:LINE:COLUMN  Records/N  EVENT-ID

        Kinesis data is matched after base64 decoding when it is JSON; DynamoDB records are
        matched on the stream record (eventName, dynamodb.NewImage...). A summary goes to stderr.

        --max-filters N   the account's filter quota (default 5, at most 10).

        Exit codes: 0 every record was classified (delivered or not); 1 the filter criteria are
        invalid, so Lambda would reject the mapping (the error and its pointer are printed);
        64 usage error; 65 the mapping or an event could not be read, its criteria are
        encrypted, or a document is not a stream event.

        """

    /// The one member of a mapping document the command needs; every other member is ignored.
    struct MappingCriteria: Decodable {
        var filterCriteria: Nullable<FilterCriteria>?

        enum CodingKeys: String, CodingKey {
            case filterCriteria = "FilterCriteria"
        }

        /// Keeps an explicit `null` (criteria encrypted with a customer key) apart from an absent member.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard container.contains(.filterCriteria) else { return }
            filterCriteria =
                try container.decodeNil(forKey: .filterCriteria)
                ? .null : .value(try container.decode(FilterCriteria.self, forKey: .filterCriteria))
        }
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(arguments, options: ["--mapping", "--max-filters"], flags: ["--help"])
        if args.has("--help") {
            Console.out(usage)
            return Console.ok
        }
        guard let mappingPath = args.value("--mapping") else { throw UsageError("filter needs --mapping MAPPING") }
        guard !args.operands.isEmpty else { throw UsageError("filter needs at least one EVENTS file (or -)") }
        let quota = try args.integer(
            "--max-filters", default: EventFilter.defaultMaximumFilterCount,
            in: 1...EventFilter.largestMaximumFilterCount)

        guard let bytes = FileManager.default.contents(atPath: mappingPath) else {
            Console.error("error: cannot read the mapping '\(mappingPath)'\n")
            return Console.unreadable
        }
        let mapping: MappingCriteria
        do {
            mapping = try StreamJSONDecoder().decode(MappingCriteria.self, from: bytes)
        } catch {
            Console.error("error: '\(mappingPath)' is not an event source mapping's JSON: \(error)\n")
            return Console.unreadable
        }
        let criteria: FilterCriteria
        switch mapping.filterCriteria {
        case nil:
            Console.error("note: '\(mappingPath)' has no FilterCriteria: every record is delivered\n")
            criteria = FilterCriteria()
        case .null?:
            Console.error(
                "error: the FilterCriteria of '\(mappingPath)' are null (encrypted with a customer KMS key); "
                    + "they cannot be evaluated\n")
            return Console.unreadable
        case .value(let value)?:
            criteria = value
        }
        let filter: EventFilter
        do {
            filter = try EventFilter(criteria: criteria, maximumFilterCount: quota)
        } catch {
            let inside = error.pointer == .root ? "" : " at \(error.pointer)"
            Console.out("error: /FilterCriteria\(error.criteriaPointer)\(inside) (\(error.reason)): \(error.message)\n")
            return Console.violations
        }

        var tally = Tally()
        for operand in args.operands { read(operand, filter: filter, into: &tally) }
        Console.error(
            "\(tally.delivered) of \(tally.records) records delivered, \(tally.records - tally.delivered) dropped "
                + "(filters: \(filter.patterns.count))\n")
        return tally.problems > 0 ? Console.unreadable : Console.ok
    }

    /// Counts of what was read.
    struct Tally {
        var records = 0
        var delivered = 0
        var problems = 0
    }

    /// Reads one EVENTS operand and prints a line per record.
    static func read(_ path: String, filter: EventFilter, into tally: inout Tally) {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else if let opened = FileHandle(forReadingAtPath: path) {
            handle = opened
        } else {
            Console.error("error: cannot read '\(path)'\n")
            tally.problems += 1
            return
        }
        defer { if path != "-" { try? handle.close() } }
        do {
            try CaptureReader.read(handle, source: path) { captured in
                classify(captured, filter: filter, into: &tally)
            }
        } catch {
            Console.error("error: cannot read '\(path)': \(error)\n")
            tally.problems += 1
        }
    }

    /// Prints a line per record of one captured document; anything else is reported on stderr and counted.
    static func classify(_ captured: CapturedDocument, filter: EventFilter, into tally: inout Tally) {
        let place = "\(captured.source):\(captured.location.line):\(captured.location.column)"
        guard let document = captured.document else {
            if let skipped = captured.skipped {
                Console.error("note: \(place): skipped: \(skipped)\n")
            } else {
                Console.error("error: \(place): unreadable: \(captured)\n")
                tally.problems += 1
            }
            return
        }
        var lines: [(delivered: Bool, path: String, id: String)] = []
        do {
            switch PayloadKind.detect(in: document) {
            case .kinesisEvent?:
                let event = try StreamJSONDecoder().decode(KinesisEvent.self, from: document.bytes)
                for (index, record) in event.records.enumerated() {
                    lines.append((filter.accepts(record), "Records/\(index)", record.eventID))
                }
            case .dynamodbEvent?:
                let event = try StreamJSONDecoder().decode(DynamoDBEvent.self, from: document.bytes)
                for (index, record) in event.records.enumerated() {
                    lines.append((filter.accepts(record), "Records/\(index)", record.eventID))
                }
            case .kinesisEventRecord?:
                let record = try StreamJSONDecoder().decode(KinesisEventRecord.self, from: document.bytes)
                lines.append((filter.accepts(record), "", record.eventID))
            case .dynamodbEventRecord?:
                let record = try StreamJSONDecoder().decode(DynamoDBEventRecord.self, from: document.bytes)
                lines.append((filter.accepts(record), "", record.eventID))
            case let kind:
                Console.error(
                    "error: \(place): \(kind.map { "this \($0.rawValue) document" } ?? "this document") is not a "
                        + "Kinesis or DynamoDB Streams event or record\n")
                tally.problems += 1
                return
            }
        } catch {
            Console.error("error: \(place): the event does not decode: \(error)\n")
            tally.problems += 1
            return
        }
        var text = ""
        for line in lines {
            tally.records += 1
            if line.delivered { tally.delivered += 1 }
            let verdict = line.delivered ? "deliver" : "drop   "
            text += "\(verdict)  \(place)  \(line.path.isEmpty ? "-" : line.path)  \(line.id)\n"
        }
        Console.out(text)
    }
}
