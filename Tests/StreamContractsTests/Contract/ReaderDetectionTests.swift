import Foundation
import StreamContracts
import StreamJSON
import Testing

/// The reader detects the kind of a payload it finds and hands the detection to the validator with the document, so
/// that the validator does not run it a second time. The verdict must be the one the validator's own detection
/// gives, and a document put in place of the read one must be detected anew.
@Suite struct ReaderDetectionTests {
    /// `captured` without the reader's detection (setting `content` forgets it).
    private func undetected(_ captured: CapturedDocument) -> CapturedDocument {
        var fresh = captured
        fresh.content = captured.content
        return fresh
    }

    @Test func theReadersDetectionGivesTheVerdictOfTheValidatorsOwn() throws {
        let validator = try ContractValidator()
        var detected = 0
        for name in CaptureFixtures.names {
            for captured in try CaptureFixtures.read(name) {
                let fresh = undetected(captured)
                #expect(fresh.detection == nil)
                if captured.detection != nil { detected += 1 }
                #expect(validator.validate(captured) == validator.validate(fresh), "\(name): \(captured)")
            }
        }
        #expect(detected >= 10)
    }

    @Test func equalityComparesEveryFieldButTheReadersDetection() throws {
        let kinesis = try CaptureFixtures.read("kinesis-event.json")
        let captured = try #require(kinesis.first { $0.detection != nil })
        let fresh = undetected(captured)
        #expect(fresh.detection == nil)
        #expect(captured == fresh)
        var moved = captured
        moved.joinedLines += 1
        #expect(moved != captured)
        var renamed = captured
        renamed.source += "x"
        #expect(renamed != captured)
        var retold = captured
        retold.content = .document(try JSONDocument(parsing: #"{"Records":[]}"#))
        #expect(retold != captured)
    }

    @Test func aDocumentPutInPlaceOfTheReadOneIsDetectedAnew() throws {
        let validator = try ContractValidator()
        let kinesis = try CaptureFixtures.read("kinesis-event.json")
        var captured = try #require(kinesis.first { $0.detection != nil })
        #expect(validator.validate(captured).kind == "kinesis-event")
        let other = try JSONDocument(parsing: #"{"Records":[{"eventSource":"aws:dynamodb","dynamodb":{}}]}"#)
        captured.content = .document(other)
        #expect(captured.detection == nil)
        #expect(validator.validate(captured) == validator.validate(undetected(captured)))
        #expect(validator.validate(captured).kind != "kinesis-event")
    }
}
