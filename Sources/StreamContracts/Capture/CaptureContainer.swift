/// A layer of framing around a captured JSON document: the file format, the log format, the envelope.
///
/// A document copied out of CloudWatch Logs can sit inside several layers at once — a JSON line of
/// a `filter-log-events` output whose `message` is a Node text log line whose JSON spans several
/// log events. `CapturedDocument.containers` lists them from the outside in, so a report can say
/// exactly where a payload came from. The set is closed: it names what the reader knows how to open.
public enum CaptureContainer: String, Sendable, Hashable, Codable, CaseIterable {
    /// The input is one JSON value (possibly pretty-printed), or several written one after another.
    case jsonFile = "json-file"
    /// An element of a top-level JSON array that is a list of events (every element an object with
    /// `Records` or `awslogs`).
    case jsonArrayElement = "json-array-element"
    /// One line of a JSON Lines input: the whole line is one JSON value.
    case jsonLines = "json-lines"
    /// A line of plain text (stdout, prose, any log format not listed) with JSON inside it.
    case textLog = "text-log"
    /// A Node.js runtime text log line: `timestamp\trequestId\tLEVEL\t…`.
    case nodeTextLog = "node-text-log"
    /// A Python runtime text log line: `[LEVEL]\ttimestamp\trequestId\t…`.
    case pythonTextLog = "python-text-log"
    /// A label word before the JSON, as Ruby Jets writes it: `event {…}`, `kinesis_data […]`.
    case jetsPrefix = "jets-prefix"
    /// Lambda's JSON log format whose `message` is the JSON object itself.
    case lambdaJSONLogObject = "lambda-json-log-object"
    /// Lambda's JSON log format whose `message` is a string that was scanned as a log line.
    case lambdaJSONLogString = "lambda-json-log-string"
    /// `aws logs filter-log-events` / `get-log-events` output: `events[].message`.
    case awsLogsEvents = "aws-logs-events"
    /// A CloudWatch Logs subscription payload: `awslogs.data` (base64 gzip) → `logEvents[].message`.
    case cloudWatchSubscription = "cloudwatch-subscription"
    /// A Kinesis event whose records carry CloudWatch Logs data (gzip) → `logEvents[].message`.
    case kinesisCloudWatchLogs = "kinesis-cloudwatch-logs"
    /// A document spread over several consecutive lines or log events, joined back together.
    case joinedLines = "joined-lines"
    /// The input was gzip data (one member, or several back to back as in a Firehose S3 object).
    case gzip
    /// The input was zlib data.
    case zlib
    /// The input was UTF-16 text with a byte order mark, read as UTF-8.
    case utf16 = "utf-16"
    /// A CloudWatch Logs record written out as JSON (`{"messageType":"DATA_MESSAGE",…,"logEvents":[…]}`),
    /// as a Firehose S3 object holds them: `logEvents[].message`.
    case cloudWatchLogsRecord = "cloudwatch-logs-record"
    /// A line of a CloudWatch Logs export to S3: `<ISO-8601 timestamp> <message>`.
    case cloudWatchExportLine = "cloudwatch-export-line"
    /// A line printed by `aws logs tail` (detailed or short format): timestamp, log stream, message.
    case awsLogsTail = "aws-logs-tail"
    /// `sam logs` output: the text format or one JSON object per event (`--output json`).
    case samLogs = "sam-logs"
    /// A CloudWatch Logs Insights result row (`get-query-results`, or a console CSV, JSON or Markdown
    /// export): its `@message` field.
    case logsInsightsResult = "logs-insights-result"
    /// A JSON string whose content was read as a log message (a JSON Lines line written by `jq` without `-r`,
    /// an element of `filter-log-events --query 'events[].message'`).
    case jsonString = "json-string"
    /// A member of a structured log line (Powertools, pino, winston, slog, tracing…) whose value is the
    /// document itself.
    case structuredLogMember = "structured-log-member"
    /// A member of a structured log line whose value is a JSON string holding the document.
    case structuredLogString = "structured-log-string"
    /// A quoted value in a text log line (Go `slog` text handler, logfmt: `event="{\"Records\":…}"`).
    case quotedString = "quoted-string"
}

/// How positions inside a captured document relate to the original input.
package enum CapturePositionMapping: String, Sendable, Hashable, Codable {
    /// The document's bytes are an exact copy of the input starting at `CapturedDocument.location`:
    /// every line and column inside the document maps to one in the input
    /// (see `CapturedDocument.sourceLocation(of:)`).
    case verbatim
    /// The document was decoded from a JSON string (a log event's `message`) or from compressed data,
    /// so escapes shifted its bytes: positions inside it map only to `CapturedDocument.location`,
    /// the start of the enclosing string in the input.
    case enclosingString = "enclosing-string"
}
