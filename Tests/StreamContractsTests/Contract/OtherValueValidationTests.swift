import StreamJSON
import Testing

@testable import StreamContracts

@Suite struct OtherValueValidationTests {
    static let validator: ContractValidator? = try? ContractValidator()
    static let logLine = #"{"level":30,"time":1709633702311,"pid":8,"hostname":"h","msg":"batch done"}"#
    static let capture = Self.logLine + "\n" + #"{"batchItemFailures":[]}"# + "\n" + #"{"state":"ok"}"# + "\n"

    private func captured(_ json: String) throws -> CapturedDocument {
        try #require(CaptureReader.documents(in: Array(json.utf8), source: "app.log").first)
    }

    @Test func aLogLineIsOtherWithoutDiagnostics() throws {
        let report = try #require(Self.validator).validate(try captured(Self.logLine))
        #expect(report.status == .other)
        #expect(report.diagnostics.isEmpty)
        #expect(report.kind == nil)
        #expect(report.excerpt == Self.logLine.prefix(60) + "…")
    }

    @Test func aForcedKindChecksEveryValue() throws {
        let validator = try ContractValidator(options: .init(kind: .kinesisEvent))
        let report = validator.validate(try captured(Self.logLine))
        #expect(report.status == .invalid)
        #expect(report.diagnostics.contains { $0.rule == "schema.required" })
    }

    @Test func somethingThatLooksLikeAPayloadButIsNotDetectedStaysAnError() throws {
        let report = try #require(Self.validator).validate(try captured(#"{"Records":[{"id":1}]}"#))
        #expect(report.status == .invalid)
        #expect(report.diagnostics.map(\.rule) == ["contract.unknown-kind"])
    }

    @Test func aSkippedInputIsAWarningOrUnderStrictAnError() throws {
        let skip = CapturedDocument(
            source: "shot.png", location: TextLocation(offset: 0, line: 1, column: 1), containers: [.jsonFile],
            mapping: .verbatim, content: .skipped(CaptureSkip(reason: "PNG image", message: "an image holds no JSON")))
        let relaxed = try #require(Self.validator).validate(skip)
        #expect(relaxed.status == .skipped)
        #expect(relaxed.diagnostics.map(\.severity) == [.warning])
        #expect(relaxed.diagnostics.first?.rule == "input.skipped")
        #expect(relaxed.diagnostics.first?.message == "not read: PNG image; an image holds no JSON")
        let strict = try ContractValidator(options: .init(strict: true)).validate(skip)
        #expect(strict.status == .skipped)
        #expect(strict.diagnostics.map(\.severity) == [.error])
    }

    @Test func anInMemoryReportCountsOtherValuesAndKeepsThemOnlyWhenAsked() throws {
        let validator = try #require(Self.validator)
        let counted = validator.validate(capture: Array(Self.capture.utf8), source: "app.log")
        #expect(counted.documents.map(\.status) == [.valid])
        #expect(counted.summary.other == 2)
        #expect(counted.summary.documents == 1)
        #expect(counted.exitCode == 0)
        let listed = validator.validate(capture: Array(Self.capture.utf8), source: "app.log", listingOther: true)
        #expect(listed.documents.map(\.status) == [.other, .valid, .other])
        #expect(listed.summary == counted.summary)
    }
}
