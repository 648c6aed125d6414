import StreamJSON
import Testing

@testable import StreamContracts

/// `PositionTracker.advance` counts eight bytes at a time while they hold no line end. These tests hold it to the
/// byte-by-byte reading (written out here as the reference) on texts of line ends, ASCII and multi-byte scalars,
/// advanced in one step or in pieces cut at every position (a CR at the end of one piece and an LF at the start of
/// the next are one line end).
@Suite struct PositionTrackerTests {
    /// The location after `bytes`, byte by byte: lines end at LF, CR LF or a lone CR; columns count scalars.
    static func referenceLocation(_ bytes: [UInt8]) -> TextLocation {
        var (line, column, afterCR) = (1, 1, false)
        for byte in bytes {
            if byte == 0x0A {
                if !afterCR { (line, column) = (line + 1, 1) }
                afterCR = false
            } else if byte == 0x0D {
                (line, column, afterCR) = (line + 1, 1, true)
            } else {
                afterCR = false
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
        return TextLocation(offset: bytes.count, line: line, column: column)
    }

    /// Texts of up to 40 bytes from a small alphabet of what matters, from a fixed seed.
    static let texts: [[UInt8]] = {
        let alphabet: [UInt8] = [0x61, 0x20, 0x0A, 0x0D, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x7F]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var result: [[UInt8]] = [
            [], Array("plain ASCII text, longer than one word of eight bytes".utf8),
            Array("é€😀 and more é€😀 and more".utf8), Array("a\r\nb\rc\nd\r\r\n\n".utf8),
            Array(repeating: 0x0D, count: 17), Array(repeating: 0x0A, count: 17),
        ]
        for _ in 0..<400 {
            result.append((0..<(next() % 41)).map { _ in alphabet[next() % alphabet.count] })
        }
        return result
    }()

    @Test func aTextAdvancedInOneStepEndsWhereTheByteReadingDoes() {
        for text in Self.texts {
            var tracker = PositionTracker()
            text.withUnsafeBufferPointer { tracker.advance(over: $0, from: 0, to: $0.count) }
            #expect(tracker.location == Self.referenceLocation(text), "\(text)")
        }
    }

    @Test func aTextAdvancedInTwoPiecesEndsWhereTheByteReadingDoes() {
        for text in Self.texts {
            for cut in 0...text.count {
                var tracker = PositionTracker()
                text.withUnsafeBufferPointer {
                    tracker.advance(over: $0, from: 0, to: cut)
                    #expect(tracker.location == Self.referenceLocation(Array(text[..<cut])), "\(text) cut at \(cut)")
                    tracker.advance(over: $0, from: cut, to: $0.count)
                }
                #expect(tracker.location == Self.referenceLocation(text), "\(text) cut at \(cut)")
            }
        }
    }
}
