import StreamEvents
import StreamJSON
import Testing

@testable import StreamContracts

/// A `TapeText` must read and compare the bytes an `ArraySlice` of the decoded string (`utf8(_:)`) holds, the
/// representation it replaces.
@Suite struct TapeTextTests {
    static let strings = [
        #""""#, #""a""#, #""shardId-000000000001""#, #""shardId-00000000000\u0031""#, #""caf\u00e9""#, #""café""#,
        #""a\"b""#, #""a\\b""#, #""arn:aws:kinesis:us-east-1:123456789012:stream/s""#, #""\/""#, #""/""#,
    ]

    @Test func textsEqualIsEqualityOfTheDecodedRuns() throws {
        let document = try JSONDocument(parsing: "[" + Self.strings.joined(separator: ",") + "]")
        let context = RuleContext(document: document, root: 0, options: RuleOptions())
        let indexes = context.elements(0)
        for left in indexes {
            let leftBytes = context.utf8(left)
            #expect(context.utf8Count(left) == leftBytes.count)
            #expect(context.string(of: context.tapeText(left)) == context.text(left))
            for right in indexes {
                let rightBytes = context.utf8(right)
                #expect(
                    context.textsEqual(context.tapeText(left), context.tapeText(right))
                        == (Array(leftBytes) == Array(rightBytes)))
                #expect(context.optionalTextsEqual(left, right) == (Array(leftBytes) == Array(rightBytes)))
                #expect(context.optionalTextsEqual(left, nil) == leftBytes.isEmpty)
                #expect(context.optionalTextsEqual(nil, right) == rightBytes.isEmpty)
                // Every prefix and suffix of one against every prefix of the other, as the eventID's shard and
                // sequence-number parts are compared.
                for start in 0...leftBytes.count {
                    let run = TapeText(index: left, start: start, count: leftBytes.count - start)
                    let slice = leftBytes.dropFirst(start)
                    #expect(context.withBytes(of: run) { Array($0) } == Array(slice))
                    for count in 0...rightBytes.count {
                        let other = TapeText(index: right, start: 0, count: count)
                        #expect(
                            context.textsEqual(run, other) == (Array(slice) == Array(rightBytes.prefix(count))))
                    }
                }
            }
        }
        #expect(context.optionalTextsEqual(nil, nil))
    }

    /// The in-place digit readers agree with the general paths: `KinesisSequenceNumber(decimal:)` and the
    /// comparison of `String`s.
    @Test func digitBuffersReadAsTheGeneralPathsDo() {
        let samples = [
            "", "0", "7", "12a", "0049", "49", "9" + String(repeating: "0", count: 55),
            "49647888802629322072519528340475047711767296381468803122",
            "49647888802629322072519528340475047711767296381468803123",
            "49647888802629322072519528340475047711767296381468803132",
        ]
        for text in samples {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(DecimalDigits.isDigits(buffer) == (!text.isEmpty && text.allSatisfy(\.isASCIIDigit)))
                #expect(DecimalDigits.kinesisLayout(buffer) == KinesisSequenceNumber(decimal: text), "\(text)")
                for other in samples {
                    Array(other.utf8).withUnsafeBufferPointer {
                        #expect(DecimalDigits.compare(buffer, $0) == KinesisSequenceNumber.compare(text, other))
                    }
                }
            }
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
