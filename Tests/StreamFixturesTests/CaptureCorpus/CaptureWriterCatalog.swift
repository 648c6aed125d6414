extension CaptureWriter {
    /// Every container the corpus writes: plain JSON files, each logging style as its raw log, the runtime's
    /// Node.js text log through every tool and export, other styles through the tools users pair them with,
    /// and the encodings and gzip wrappers around a few of them.
    static let all: [CaptureWriter] = plainJSON + rawLogs + nodeTextEverywhere + stylesThroughTools + wrapped

    static let plainJSON: [CaptureWriter] = [jsonFile, jsonArray, jsonLines]

    /// Each logging style as the function printed it.
    static let rawLogs: [CaptureWriter] = LoggingStyle.allCases.map { logs($0, .rawLines) }

    /// The Node.js runtime's text log rendered by every tool and export.
    static let nodeTextEverywhere: [CaptureWriter] = [
        LogRendering.s3Export, .jqMessageStrings, .filterLogEvents, .filterLogEventsMessages, .tailDetailed, .tailShort,
        .tailJSON, .samText, .samJSON, .subscriptionPayload, .dataMessagesConcatenated, .dataMessagesPerLine,
        .firehoseObject, .insightsQueryResults, .insightsCSV, .insightsJSON, .insightsMarkdown,
    ].map { logs(.nodeText, $0) }

    /// Other styles through the tools that change their bytes most (re-indenting, escaping, splitting).
    static let stylesThroughTools: [CaptureWriter] = [
        logs(.pythonPrintIndented, .s3Export), logs(.pythonPrintIndented, .filterLogEvents),
        logs(.pythonPrintIndented, .tailDetailed), logs(.pythonPrintIndented, .firehoseObject),
        logs(.lambdaJSONObject, .filterLogEvents), logs(.lambdaJSONObject, .tailJSON),
        logs(.lambdaJSONObject, .samText), logs(.lambdaJSONObject, .insightsCSV),
        logs(.lambdaJSONString, .filterLogEventsMessages), logs(.lambdaJSONString, .samJSON),
        logs(.powertoolsTypeScript, .tailJSON), logs(.powertoolsTypeScript, .samText),
        logs(.powertoolsTypeScript, .s3Export), logs(.pythonText, .s3Export),
        logs(.pythonText, .insightsQueryResults), logs(.pythonText, .jqMessageStrings),
        logs(.goSlogText, .filterLogEvents), logs(.goSlogText, .insightsMarkdown),
        logs(.rustTracingJSON, .filterLogEvents), logs(.rustTracingJSON, .tailJSON),
        logs(.pino, .subscriptionPayload),
    ]

    /// Byte order marks, UTF-16 and gzip around captures of each family.
    static let wrapped: [CaptureWriter] = [
        jsonFile.wrapped("utf16le-bom", fileExtension: "json", TextEncoding.utf16LittleEndianWithBOM),
        logs(.nodeText, .rawLines).wrapped("utf16be-bom", fileExtension: "log", TextEncoding.utf16BigEndianWithBOM),
        logs(.nodeText, .filterLogEvents)
            .wrapped("utf16le-bom", fileExtension: "json", TextEncoding.utf16LittleEndianWithBOM),
        jsonLines.wrapped("utf8-bom", fileExtension: "jsonl", TextEncoding.utf8WithBOM),
        jsonLines.wrapped("gzip", fileExtension: "jsonl.gz") { Gzip.member($0) },
        logs(.nodeText, .s3Export).wrapped("gzip", fileExtension: "gz") { Gzip.member($0) },
        logs(.pythonPrintIndented, .filterLogEvents).wrapped("gzip", fileExtension: "json.gz") { Gzip.member($0) },
    ]
}
