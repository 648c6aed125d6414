import Testing

@testable import StreamJSON

/// `ByteEquality`, the one byte comparison behind member lookups, string `const`s and the rules, against `==`.
@Suite struct ByteEqualityTests {
    /// Every length up to 80 (names, ARNs, sequence numbers), equal and differing in one byte at each position, as
    /// raw pointers, buffers, slices and arrays.
    @Test func agreesWithArrayEqualityAtEveryLengthAndPosition() {
        for count in 0...80 {
            let text = (0..<count).map { UInt8(truncatingIfNeeded: 0x41 &+ $0 &* 7) }
            #expect(Self.equalEveryWay(text, text))
            for position in 0..<count {
                for change: UInt8 in [1, 0x80, 0xFF] {
                    var other = text
                    other[position] = other[position] &+ change
                    #expect(!Self.equalEveryWay(text, other), "\(count) \(position)")
                }
            }
            #expect(!Self.equalEveryWay(text, text + [0x41]))  // a prefix is not equal
            if count > 0 { #expect(!Self.equalEveryWay(text, Array(text.dropLast()))) }
        }
    }

    @Test func treatsEmptyBuffersAsEqualWhateverTheirAddresses() {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        let bytes: [UInt8] = [1, 2, 3]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteEquality.equal(empty, empty))
            #expect(ByteEquality.equal(empty, UnsafeBufferPointer(rebasing: buffer[1..<1])))
            #expect(!ByteEquality.equal(empty, buffer))
            #expect(!ByteEquality.equal(buffer, empty))
        }
        #expect([UInt8]().bytesEqual(empty))
        #expect(bytes[3...].bytesEqual(ArraySlice<UInt8>()))
    }

    /// `ByteEquality.equal` in every form; each must agree with `==`, which is what it returns.
    static func equalEveryWay(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        let expected = left == right
        let padded = [0xEE] + right + [0xEE]
        let slice = padded[1..<(padded.count - 1)]
        #expect(ArraySlice(left).bytesEqual(slice) == expected)
        #expect(slice.bytesEqual(ArraySlice(left)) == expected)
        left.withUnsafeBufferPointer { x in
            right.withUnsafeBufferPointer { y in
                #expect(ByteEquality.equal(x, y) == expected)
                #expect(right.bytesEqual(x) == expected)
                if x.count == y.count, let a = x.baseAddress, let b = y.baseAddress {
                    #expect(ByteEquality.equal(UnsafeRawPointer(a), UnsafeRawPointer(b), count: x.count) == expected)
                }
            }
        }
        return expected
    }
}
