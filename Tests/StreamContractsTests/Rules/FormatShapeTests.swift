import Foundation
import StreamJSONSchema
import Testing

@testable import StreamContracts

/// `FormatShape` matches the plainest strict patterns without the pattern engine; it must give the engine's answer
/// on every string, and decline every pattern outside its kind.
@Suite struct FormatShapeTests {
    /// Strings around a valid example: each position replaced, removed or doubled, the example cut at every
    /// length, and some characters outside ASCII.
    static func neighbours(of example: String) -> [String] {
        let characters = Array(example)
        let replacements: [Character] = [
            "0", "1", "9", "a", "f", "g", "z", "A", "F", "Z", "-", "_", ".", ":", "/", "é", " ",
        ]
        var result = [example, "", example + "0", "0" + example, example + "\n", example + "é"]
        for index in characters.indices {
            for replacement in replacements {
                var changed = characters
                changed[index] = replacement
                result.append(String(changed))
            }
            var removed = characters
            removed.remove(at: index)
            result.append(String(removed))
            var doubled = characters
            doubled.insert(characters[index], at: index)
            result.append(String(doubled))
            result.append(String(characters[..<index]))
        }
        return result
    }

    static let examples = [
        "shardId-000000000001", "shardId-00000001665635036000-4f0aa5c3", "2b220fae2fec1ad24e951fad269908ef",
        "111111111111111111111", "4000000000000000000000000000000000000001", "1234567890123456789012345678901234567890",
        "49615297779548628908108465838505910984897107475489095682", "7f4c2b1e-3a5d-4e6f-8a9b-0c1d2e3f4a5b",
        "us-east-1", "arn:aws:kinesis:us-east-1:111122223333:stream/inventory",
    ]

    @Test func plainStrictFormatsMatchAsTheirPatterns() throws {
        var shaped: [String] = []
        for format in StrictFormats.all {
            guard let shape = format.shape, let pattern = format.pattern else { continue }
            shaped.append(format.name)
            for example in Self.examples {
                for text in Self.neighbours(of: example) {
                    let bytes = Array(text.utf8)
                    let expected = pattern.matches(text)
                    #expect(bytes.withUnsafeBufferPointer { shape.matches($0) } == expected, "\(format.name) \(text)")
                }
            }
        }
        #expect(
            shaped.sorted() == [
                "dynamodbEventIdStrict", "dynamodbSequenceNumberStrict", "dynamodbShardIdStrict",
                "kinesisSequenceNumberStrict", "kinesisShardIdStrict", "uuidStrict",
            ])
    }

    @Test func shapesAgreeWithTheEngineOnHandWrittenPatterns() throws {
        let patterns = [
            "^a$", "^[a-]{2}$", "^[-a]{1,3}$", "^[a-z-9]{2}$", "^x[0-9]{1,2}$", "^[A-Fa-f0-9_.]{3}$", "^ab:c/d_e-f$",
            "^[0-9]{3}[a-c]{2,4}$", "^[0-9][0-9]$",
        ]
        let texts = [
            "", "a", "aa", "a-", "-a", "--", "---", "-a-", "z9", "-9", "9-", "x1", "x12", "x123", "x", "aB_", "A.f",
            "ab:c/d_e-f", "ab:c/d_e-", "123ab", "123abcc", "123abccc", "12ab", "123a", "09", "0", "é", "aé",
        ]
        for source in patterns {
            let shape = try #require(FormatShape(source: source), "\(source)")
            let pattern = try ECMAPattern(source)
            for text in texts {
                let bytes = Array(text.utf8)
                #expect(
                    bytes.withUnsafeBufferPointer { shape.matches($0) } == pattern.matches(text), "\(source) \(text)")
            }
        }
    }

    @Test func otherPatternsAreLeftToTheEngine() {
        let declined = [
            "^[a-z]{2,4}(-[a-z]+){1,3}-[0-9]{1,2}$", "^arn:aws[a-zA-Z-]*:kinesis:", "a$", "^a", "^a|b$", "^a.b$",
            "^[^a]$", "^[\\d]$", "^\\d$", "^a+$", "^a*$", "^a?$", "^[a]{0}$", "^[a]{2,}$", "^[a]{3,2}$",
            "^[a]{1,2}b$", "^[--/]$", "^[]$", "^[a$", "^a{1$", "^(a)$", "^a\\$", "^[z-a]$", "^[a]{99999}$",
            "^ $", "^.$",
        ]
        for source in declined { #expect(FormatShape(source: source) == nil, "\(source)") }
    }

    /// The memo of pattern answers across documents gives the pattern's own answer, whatever came before: values
    /// alternated, repeated and cut short, from several threads at once.
    @Test func rememberedPatternAnswersAreThePatternsAnswers() throws {
        let values = [
            "arn:aws:kinesis:us-east-1:111122223333:stream/inventory", "arn:aws:kinesis:us-east-1:EXAMPLE",
            "arn:aws:iam::111122223333:role/logs-consumer-test", "us-east-1", "us-east-1x", "",
            "arn:aws:dynamodb:us-east-1:123456789012:table/T/stream/2024-01-01T00:00:00.000", "EXAMPLE",
        ]
        let formats = StrictFormats.all.filter { $0.shape == nil && $0.pattern != nil }
        #expect(formats.count > 10)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for round in 0..<200 {
                let text = values[(round * (thread + 1) + round / 3) % values.count]
                let bytes = Array(text.utf8)
                for format in formats {
                    let expected = format.pattern?.matches(text) ?? true
                    let lengthOK = format.minimumLength.map { text.count >= $0 } ?? true
                    #expect(format.matches(bytes[...]) == (expected && lengthOK), "\(format.name) \(text)")
                }
            }
        }
    }
}
