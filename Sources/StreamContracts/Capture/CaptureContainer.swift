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
