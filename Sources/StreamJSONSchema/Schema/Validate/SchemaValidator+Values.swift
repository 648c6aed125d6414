// Reading instance values off the tape: types, strings, equality, hashing, and renderings for messages.

import StreamJSON

extension SchemaValidator {
    // MARK: - Types

    @inline(__always)
    func matchesType(_ types: UInt8, _ i: Int, _ kind: JSONKind) -> Bool {
        switch kind {
        case .null: return types & TypeBits.null != 0
        case .true, .false: return types & TypeBits.boolean != 0
        case .string: return types & TypeBits.string != 0
        case .array: return types & TypeBits.array != 0
        case .object: return types & TypeBits.object != 0
        case .number:
            if types & TypeBits.number != 0 { return true }
            return types & TypeBits.integer != 0 && Self.isInteger(tape[i], bytes)
        }
    }

    /// Whether the number `entry` of the input `bytes` is a whole number (`1.0` and `1e2` are). Static, so that a
    /// type check does not copy the validator.
    static func isInteger(_ entry: JSONNode, _ bytes: UnsafePointer<UInt8>) -> Bool {
        let start = bytes + Int(entry.offset)
        let count = Int(entry.length)
        var plain = true
        for k in 0..<count where start[k] == UInt8(ascii: ".") || start[k] | 0x20 == UInt8(ascii: "e") {
            plain = false
            break
        }
        return plain || DecimalText(start, count: count).isInteger
    }

    // MARK: - Strings

    /// Calls `body` with the decoded UTF-8 of the string at `i`: the input bytes themselves when the string has
    /// no escapes, a decoded copy otherwise.
    @inline(__always)
    func withStringBytes<Result>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let entry = tape[i]
        if entry.flags & JSONNode.hasEscapes == 0 {
            return body(UnsafeBufferPointer(start: bytes + Int(entry.offset) + 1, count: Int(entry.length) - 2))
        }
        return document.stringBytes(i).withUnsafeBufferPointer(body)
    }

    /// Length of the string at `i` in Unicode code points.
    func characterCount(_ i: Int) -> Int {
        let entry = tape[i]
        if entry.flags == 0 { return Int(entry.length) - 2 }
        return withStringBytes(i) { buffer in
            var count = 0
            for byte in buffer where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Whether the string at `i` decodes to `utf8`.
    func stringEquals(_ i: Int, _ utf8: [UInt8]) -> Bool {
        let entry = tape[i]
        if entry.flags & JSONNode.hasEscapes == 0 {
            guard Int(entry.length) - 2 == utf8.count else { return false }
            let raw = UnsafeBufferPointer(start: bytes + Int(entry.offset) + 1, count: utf8.count)
            return utf8.bytesEqual(raw)
        }
        return document.stringBytes(i) == utf8
    }

    /// Whether the strings at `a` and `b` decode to the same text.
    func stringsEqual(_ a: Int, _ b: Int) -> Bool {
        let left = tape[a]
        let right = tape[b]
        if (left.flags | right.flags) & JSONNode.hasEscapes == 0 {
            guard left.length == right.length else { return false }
            let x = UnsafeBufferPointer(start: bytes + Int(left.offset) + 1, count: Int(left.length) - 2)
            let y = UnsafeBufferPointer(start: bytes + Int(right.offset) + 1, count: Int(right.length) - 2)
            return ByteEquality.equal(x, y)
        }
        return document.stringBytes(a) == document.stringBytes(b)
    }

    /// The id of the member name at `nameIndex`, a string with escapes, in the object keywords' name table (names
    /// without escapes are looked up in place by `validateObject`). Static, so that the validator is not copied.
    static func lookupEscapedName(
        _ nameIndex: Int, _ keywords: ObjectKeywords, guess: Int32, document: JSONDocument
    ) -> Int32? {
        document.stringBytes(nameIndex).withUnsafeBufferPointer {
            keywords.table.lookup($0, in: keywords.names, guess: guess)
        }
    }

    /// Whether the string at `i` matches pattern `pattern` (`nil`: a backtracking pattern gave up).
    @inline(__always)
    func patternMatches(_ pattern: Int32, string i: Int) -> Bool? {
        // The matcher is borrowed (`program` keeps it alive), not copied out of the buffer with a retain and release.
        let entry = tape[i]
        if entry.flags & JSONNode.hasEscapes == 0 {
            let raw = UnsafeBufferPointer(start: bytes + Int(entry.offset) + 1, count: Int(entry.length) - 2)
            return patterns[Int(pattern)]._withUnsafeGuaranteedRef {
                SchemaPatternEngine.schemaPatternMatches($0, utf8: raw)
            }
        }
        return document.stringBytes(i).withUnsafeBufferPointer { string in
            patterns[Int(pattern)]._withUnsafeGuaranteedRef {
                SchemaPatternEngine.schemaPatternMatches($0, utf8: string)
            }
        }
    }

    func patternMatches(_ pattern: Int32, _ i: Int) -> Bool { patternMatches(pattern, string: i) == true }

    // MARK: - Equality

    /// JSON equality of the value at `i` with a schema literal (numbers by value, objects in any order).
    func equals(_ i: Int, _ literal: LiteralValue) -> Bool {
        let entry = tape[i]
        switch literal {
        case .null:
            return entry.kind == .null
        case .bool(let flag):
            return entry.kind == (flag ? .true : .false)
        case .number(let normal):
            return entry.kind == .number
                && DecimalText(bytes + Int(entry.offset), count: Int(entry.length)).compare(normal) == 0
        case .string(let utf8):
            return entry.kind == .string && stringEquals(i, utf8)
        case .array(let elements):
            guard entry.kind == .array, Int(entry.length) == elements.count else { return false }
            var element = i + 1
            for expected in elements {
                if !equals(element, expected) { return false }
                element = Int(tape[element].end)
            }
            return true
        case .object(let members):
            guard entry.kind == .object, Int(entry.length) == members.count else { return false }
            for expected in members {
                guard let value = memberValue(i, named: expected.key), equals(value, expected.value) else {
                    return false
                }
            }
            return true
        }
    }

    /// JSON equality of the value at `i` with a scalar literal of the program's shortcuts: `equals` of the
    /// `LiteralValue` it was made from, without reference counting.
    @inline(__always)
    func scalarEquals(_ i: Int, _ literal: ScalarLiteral) -> Bool {
        let entry = tape[i]
        switch literal.kind {
        case .null: return entry.kind == .null
        case .true: return entry.kind == .true
        case .false: return entry.kind == .false
        case .string:
            guard entry.kind == .string else { return false }
            let expected = UnsafeBufferPointer(
                rebasing: literalBytes[Int(literal.offset)..<(Int(literal.offset) + Int(literal.count))])
            if entry.flags & JSONNode.hasEscapes == 0 {
                guard Int(entry.length) - 2 == expected.count else { return false }
                let raw = UnsafeBufferPointer(start: bytes + Int(entry.offset) + 1, count: expected.count)
                return ByteEquality.equal(raw, expected)
            }
            return document.stringBytes(i).withUnsafeBufferPointer { ByteEquality.equal($0, expected) }
        }
    }

    /// The value of the (last) member named `utf8` of the object at `i`.
    func memberValue(_ i: Int, named utf8: [UInt8]) -> Int? {
        var found: Int?
        var member = i + 1
        for _ in 0..<Int(tape[i].length) {
            if stringEquals(member, utf8) { found = member + 1 }
            member = Int(tape[member + 1].end)
        }
        return found
    }

    /// JSON equality of two values of the instance (iterative: instance depth is not bounded by the stack).
    func valuesEqual(_ a: Int, _ b: Int) -> Bool {
        var pairs: [(Int, Int)] = [(a, b)]
        while let (x, y) = pairs.popLast() {
            let left = tape[x]
            let right = tape[y]
            guard left.kind == right.kind else { return false }
            switch left.kind {
            case .null, .true, .false:
                continue
            case .number:
                guard
                    DecimalText(bytes + Int(left.offset), count: Int(left.length))
                        .equals(DecimalText(bytes + Int(right.offset), count: Int(right.length)))
                else { return false }
            case .string:
                guard stringsEqual(x, y) else { return false }
            case .array:
                guard left.length == right.length else { return false }
                var p = x + 1
                var q = y + 1
                for _ in 0..<Int(left.length) {
                    pairs.append((p, q))
                    p = Int(tape[p].end)
                    q = Int(tape[q].end)
                }
            case .object:
                guard left.length == right.length else { return false }
                var member = x + 1
                for _ in 0..<Int(left.length) {
                    // The last member of that name, as lookups see it.
                    var partner: Int?
                    var other = y + 1
                    for _ in 0..<Int(right.length) {
                        if stringsEqual(member, other) { partner = other + 1 }
                        other = Int(tape[other + 1].end)
                    }
                    guard let partner else { return false }
                    pairs.append((member + 1, partner))
                    member = Int(tape[member + 1].end)
                }
            }
        }
        return true
    }

    /// A hash consistent with `valuesEqual`. Only the first levels are hashed, which keeps it consistent (equal
    /// values still hash equally) and bounds the recursion.
    func valueHash(_ i: Int, depth: Int = 0) -> Int {
        var hasher = Hasher()
        let entry = tape[i]
        hasher.combine(entry.kind)
        switch entry.kind {
        case .null, .true, .false:
            break
        case .number:
            DecimalText(bytes + Int(entry.offset), count: Int(entry.length)).hash(into: &hasher)
        case .string:
            withStringBytes(i) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .array:
            hasher.combine(entry.length)
            guard depth < 8 else { break }
            var element = i + 1
            for _ in 0..<Int(entry.length) {
                hasher.combine(valueHash(element, depth: depth + 1))
                element = Int(tape[element].end)
            }
        case .object:
            hasher.combine(entry.length)
            guard depth < 8 else { break }
            var sum = 0
            var member = i + 1
            for _ in 0..<Int(entry.length) {
                var memberHasher = Hasher()
                withStringBytes(member) { memberHasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                memberHasher.combine(valueHash(member + 1, depth: depth + 1))
                sum &+= memberHasher.finalize()
                member = Int(tape[member + 1].end)
            }
            hasher.combine(sum)
        }
        return hasher.finalize()
    }

    /// The positions of the first two equal items of the array at `i`, or `nil` when all are distinct.
    func firstDuplicate(_ i: Int) -> (Int, Int)? {
        let count = Int(tape[i].length)
        guard count > 1 else { return nil }
        var elements: [Int] = []
        elements.reserveCapacity(count)
        var element = i + 1
        for _ in 0..<count {
            elements.append(element)
            element = Int(tape[element].end)
        }
        if count <= 16 {
            for second in 1..<count {
                for first in 0..<second where valuesEqual(elements[first], elements[second]) { return (first, second) }
            }
            return nil
        }
        var buckets: [Int: [Int]] = [:]
        for (position, element) in elements.enumerated() {
            let hash = valueHash(element)
            for first in buckets[hash] ?? [] where valuesEqual(elements[first], element) { return (first, position) }
            buckets[hash, default: []].append(position)
        }
        return nil
    }

    // MARK: - Renderings for messages

    /// The exact text of the number at `i`.
    func numberText(_ i: Int) -> String {
        let entry = tape[i]
        let text = String(
            decoding: UnsafeBufferPointer(start: bytes + Int(entry.offset), count: Int(entry.length)), as: UTF8.self)
        return ValueText.short(text)
    }

    /// A short rendering of the value at `i`: `"text"`, `42`, `true`, `an object with 3 members`.
    func describe(_ i: Int) -> String {
        let entry = tape[i]
        switch entry.kind {
        case .null: return "null"
        case .true: return "true"
        case .false: return "false"
        case .number: return numberText(i)
        case .string: return ValueText.quoted(document.string(i))
        case .array: return "an array of \(Self.plural(Int(entry.length), "item"))"
        case .object: return "an object with \(Self.plural(Int(entry.length), "member"))"
        }
    }

    /// Like `describe`, naming the kind of scalars: `the string "text"`, `the number 42`.
    func describeWithKind(_ i: Int) -> String {
        switch tape[i].kind {
        case .number: return "the number " + describe(i)
        case .string: return "the string " + describe(i)
        default: return describe(i)
        }
    }
}
