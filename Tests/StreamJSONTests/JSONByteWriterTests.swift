import Foundation
import Testing

@testable import StreamJSON

@Suite struct JSONByteWriterTests {
    /// Every length around the eight-byte scan, with the byte to escape at every position.
    @Test func escapesLikeTheBytewiseRuleAtEveryPosition() {
        for length in 0..<20 {
            for position in 0..<max(1, length) {
                for special: UInt8 in [
                    0x00, 0x0A, 0x1F, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), 0xC3,
                ] {
                    var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { text[position] = special }
                    var writer = JSONByteWriter()
                    writer.appendString(text)
                    var lazy = JSONByteWriter()
                    lazy.appendString(text.lazy.map { $0 })
                    #expect(writer.bytes == Self.escaped(text))
                    #expect(lazy.bytes == Self.escaped(text))
                }
            }
        }
    }

    @Test func base64MatchesFoundationForEveryPadding() {
        for count in 0..<10 {
            let data = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 251) }
            var writer = JSONByteWriter(capacity: 0)
            writer.base64(data)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"" + Data(data).base64EncodedString() + "\"")
        }
    }

    /// `appendString(_: String)` (no generic call) writes what `appendString(_:)` writes for the string's UTF-8.
    @Test func stringOverloadWritesWhatTheUTF8ViewWrites() {
        var texts = ["", "a", "plain text", "名前 🔑 ключ", "tab\there", "quote\"and\\backslash", "\u{0}\u{1F}\u{7F}"]
        for length in [7, 8, 9, 15, 16, 17, 100] {
            for position in [0, length / 2, length - 1] {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                bytes[position] = UInt8(ascii: "\"")
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for text in texts {
            var writer = JSONByteWriter(capacity: 0)
            writer.appendString(text)
            var reference = JSONByteWriter(capacity: 0)
            reference.appendString(text.utf8)
            #expect(writer.bytes == reference.bytes, "\(text)")
        }
    }

    /// The pair-table encoder against Foundation: every length up to 70 (each padding, each position in the
    /// three-byte loop) and every byte value in each of the three positions of a group.
    @Test func base64MatchesFoundationForEveryLengthAndByte() {
        var inputs: [[UInt8]] = (0..<70).map { count in (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) } }
        for shift in 0..<3 {
            inputs.append([UInt8](repeating: 0, count: shift) + (0...255).map { UInt8($0) })
            inputs.append([UInt8](repeating: 0xFF, count: shift) + (0...255).map { UInt8(255 - $0) })
        }
        for data in inputs {
            var writer = JSONByteWriter(capacity: 0)
            data.withUnsafeBytes { writer.appendBase64String($0) }
            #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"" + Data(data).base64EncodedString() + "\"")
        }
    }

    @Test func valuesGetTheirCommasAndIntegersTheirSigns() {
        var writer = JSONByteWriter(capacity: 1)
        writer.beginObject()
        writer.member("a")
        writer.beginArray()
        writer.int(Int.min)
        writer.int(0)
        writer.decimal(-1_999, scale: 2)
        writer.null()
        writer.endArray()
        writer.key("b\"")
        writer.value(["x": [true, 1.5]])
        writer.endObject()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == #"{"a":[-9223372036854775808,0,-19.99,null],"b\"":{"x":[true,1.5]}}"#)
        let copy = writer
        writer.raw("!")
        #expect(copy.count + 1 == writer.count)
    }

    /// The reference rule, one byte at a time.
    static func escaped(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += Array(#"\n"#.utf8)
            case 0x00..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
            default: out.append(byte)
            }
        }
        return out + [UInt8(ascii: "\"")]
    }
}
