import StreamJSON

/// How a Lambda function wrote the event it received into its log: the runtime's own formats and the common
/// structured loggers, byte for byte as `/work/notes/formats.md` and EventContract §E describe them.
///
/// Each style turns one event into the CloudWatch Logs messages it produces. Records framed by the runtime
/// (`console.log`, Python `logging`) end with a newline; lines written straight to stdout (`print`, pino,
/// Powertools for TypeScript) become one log event per line, without it.
enum LoggingStyle: String, CaseIterable, Sendable {
    /// Node.js `console.log(JSON.stringify(event))`: `ts⇥requestId⇥INFO⇥{…}`.
    case nodeText = "node-text"
    /// Python `logger.info(json.dumps(event))`: `[INFO]⇥ts⇥requestId⇥{…}` (Python separators, `\uXXXX`).
    case pythonText = "python-text"
    /// Python `print(json.dumps(event, indent=2))`: every line its own log event.
    case pythonPrintIndented = "python-print-indented"
    /// Node.js with `LogFormat=JSON`, `console.log(event)`: the event is the `message` object.
    case lambdaJSONObject = "lambda-json-object"
    /// Python with `LogFormat=JSON`, `logger.info(json.dumps(event))`: the event is the `message` string.
    case lambdaJSONString = "lambda-json-string"
    /// Powertools for TypeScript `logEvent`: the event object under the `event` member.
    case powertoolsTypeScript = "powertools-typescript"
    /// Powertools for Python `log_event=True`: the event object is the `message`.
    case powertoolsPython = "powertools-python"
    /// Python `logger.info("got event", extra={"event": event})` with the Powertools formatter.
    case pythonExtra = "python-extra"
    /// pino `logger.info({ event }, "lambda event")`.
    case pino
    /// winston `logger.info("lambda event", { event })` with `format.json()`.
    case winston
    /// Go `slog.New(slog.NewJSONHandler(…))` with `slog.Any("event", json.RawMessage(raw))`.
    case goSlogJSON = "go-slog-json"
    /// Go `slog.New(slog.NewTextHandler(…))` with `slog.String("event", string(raw))`: a Go-quoted string.
    case goSlogText = "go-slog-text"
    /// Rust `tracing` with the JSON subscriber, `info!(event = raw.as_str(), "lambda event")`: `fields.event`
    /// is a JSON string.
    case rustTracingJSON = "rust-tracing-json"

    /// Whether the function uses Lambda's JSON log format, so platform records are `platform.*` JSON objects
    /// rather than `START`/`END`/`REPORT` lines.
    var usesJSONLogFormat: Bool { self == .lambdaJSONObject || self == .lambdaJSONString }

    /// Whether every message of the style is a single line (Logs Insights tables show one row per message).
    var isSingleLine: Bool { self != .pythonPrintIndented }

    /// The log messages the function writes for one event.
    ///
    /// - Parameters:
    ///   - event: The event's compact JSON.
    ///   - requestId: The invocation's request id.
    ///   - time: When the function logged it.
    /// - Returns: One message per CloudWatch log event.
    /// - Throws: `JSONSyntaxError` if `event` is not JSON (a bug in the corpus).
    func messages(for event: [UInt8], requestId: String, at time: LogTimestamp) throws -> [String] {
        let compact = String(decoding: event, as: UTF8.self)
        let value = try JSONValue(parsing: event)
        let python = PythonJSON()
        switch self {
        case .nodeText:
            return ["\(time.isoMillisZ)\t\(requestId)\tINFO\t\(compact)\n"]
        case .pythonText:
            return ["[INFO]\t\(time.isoMillisZ)\t\(requestId)\t\(python.dumps(value))\n"]
        case .pythonPrintIndented:
            return PythonJSON(indent: 2).dumps(value).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
        case .lambdaJSONObject:
            return [
                "{\"timestamp\":\"\(time.isoMillisZ)\",\"level\":\"INFO\",\"requestId\":\"\(requestId)\","
                    + "\"message\":\(compact)}\n"
            ]
        case .lambdaJSONString:
            let record = JSONValue.members([
                "timestamp": .string(time.isoSecondsZ), "level": .string("INFO"),
                "message": .string(python.dumps(value)), "logger": .string("root"),
                "requestId": .string(requestId),
            ])
            return [python.dumps(record) + "\n"]
        case .powertoolsTypeScript:
            return [
                "{\"level\":\"INFO\",\"message\":\"Lambda invocation event\",\"timestamp\":\"\(time.isoMillisZ)\","
                    + "\"service\":\"orders\",\"cold_start\":true,\"function_arn\":\"\(Self.functionARN)\","
                    + "\"function_memory_size\":128,\"function_name\":\"orders-consumer\","
                    + "\"function_request_id\":\"\(requestId)\",\"sampling_rate\":0,"
                    + "\"xray_trace_id\":\"1-6632a0c0-0123456789abcdef01234567\",\"event\":\(compact)}"
            ]
        case .powertoolsPython, .pythonExtra:
            let powertools = PythonJSON(ensureASCII: false, compactSeparators: true)
            var members: [JSONObject.Member] = [
                .init(key: "level", value: .string("INFO")),
                .init(key: "location", value: .string("decorate:443")),
                .init(key: "message", value: self == .powertoolsPython ? value : .string("got event")),
                .init(key: "timestamp", value: .string(time.powertoolsPython)),
                .init(key: "service", value: .string("orders")), .init(key: "cold_start", value: .bool(false)),
                .init(key: "function_name", value: .string("orders-consumer")),
                .init(key: "function_memory_size", value: .string("128")),
                .init(key: "function_arn", value: .string(Self.functionARN)),
                .init(key: "function_request_id", value: .string(requestId)),
            ]
            if self == .pythonExtra { members.append(.init(key: "event", value: value)) }
            return [powertools.dumps(.object(JSONObject(members))) + "\n"]
        case .pino:
            return [
                "{\"level\":30,\"time\":\(time.milliseconds),\"pid\":8,\"hostname\":\"169.254.12.1\","
                    + "\"event\":\(compact),\"msg\":\"lambda event\"}"
            ]
        case .winston:
            return ["{\"event\":\(compact),\"level\":\"info\",\"message\":\"lambda event\"}"]
        case .goSlogJSON:
            return [
                "{\"time\":\"\(time.rfc3339Nano)\",\"level\":\"INFO\",\"msg\":\"lambda event\",\"event\":\(compact)}"
            ]
        case .goSlogText:
            let quoted = GoQuote.needsQuoting(compact) ? GoQuote.quote(compact) : compact
            return ["time=\(time.isoMillisZ) level=INFO msg=\"lambda event\" event=\(quoted)"]
        case .rustTracingJSON:
            return [
                "{\"timestamp\":\"\(time.microsZ)\",\"level\":\"INFO\",\"fields\":{\"message\":\"lambda event\","
                    + "\"event\":\(CompactJSON.quoted(compact))},\"target\":\"bootstrap\"}"
            ]
        }
    }

    /// The ARN of the function the corpus pretends to log from.
    static let functionARN = "arn:aws:lambda:us-east-1:123456789012:function:orders-consumer"
}
