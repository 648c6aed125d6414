import Foundation

/// Options for parsing JSON text.
public struct JSONParsingOptions: Sendable, Hashable {
    /// Deepest nesting of arrays and objects accepted; deeper input is a `.tooDeep` error.
    ///
    /// The parser itself never recurses, but what consumes a document may: conversion to `JSONValue`,
    /// `Codable` decoding, the schema validator and the writer go one call deeper per level, and a
    /// `JSONValue` is freed recursively. This limit is what keeps their stack use bounded, so raise it
    /// far above the default only for trusted input.
    public var maximumDepth: Int
    /// Whether a UTF-8 byte order mark before the value is skipped (RFC 8259 §8.1 allows
    /// readers to ignore it). When `false` it is an error.
    public var skipsByteOrderMark: Bool

    /// Creates options; the defaults suit untrusted input.
    public init(maximumDepth: Int = 1_000, skipsByteOrderMark: Bool = true) {
        self.maximumDepth = maximumDepth
        self.skipsByteOrderMark = skipsByteOrderMark
    }
}

/// The byte-level RFC 8259 parser behind `JSONDocument`.
///
/// Iterative (an explicit stack, never recursion), so no input can overflow the call stack;
/// every byte is checked, strings for escapes and UTF-8 validity; nothing is allocated per
/// value except tape entries.
struct JSONParser {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let options: JSONParsingOptions
    private var index: Int
    /// The values read so far, in document order; see `JSONNode`.
    private(set) var tape: JSONTape
    private(set) var duplicates: [Int] = []
    private var containerStack = OpenContainerStack()
    private(set) var failure: (reason: JSONSyntaxError.Reason, offset: Int, message: String)?

    init(base: UnsafePointer<UInt8>, count: Int, start: Int, options: JSONParsingOptions, tape: JSONTape) {
        self.base = base
        self.count = count
        self.index = start
        self.options = options
        self.tape = tape
    }

    /// What `parse` found: the value's tape, the tape indexes of repeated member names (in the order they were
    /// found) and the offset past the value and the whitespace after it; or the first syntax error.
    enum Parsed {
        case value(nodes: [JSONNode], duplicates: [Int], end: Int)
        case failure(reason: JSONSyntaxError.Reason, offset: Int, message: String)
    }

    /// Parses the value that starts at `start` of `buffer` (whitespace before it skipped).
    ///
    /// The tape is written straight into the storage of the array returned, reserved from the size of the rest of
    /// the buffer (see `initialNodeCapacity`); a value with more nodes moves to a larger tape and is copied once.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, options: JSONParsingOptions) -> Parsed {
        guard let base = buffer.baseAddress else {
            return .failure(reason: .empty, offset: start, message: "expected a JSON value, found end of input")
        }
        var parsed = Parsed.failure(reason: .empty, offset: start, message: "expected a JSON value, found end of input")
        var spilled: [JSONNode]?
        let lent = [JSONNode](unsafeUninitializedCapacity: initialNodeCapacity(remainingBytes: buffer.count - start)) {
            storage, initialized in
            var parser = JSONParser(
                base: base, count: buffer.count, start: start, options: options, tape: JSONTape(storage: storage))
            defer {
                parser.tape.release()
                parser.releaseContainerStack()
            }
            initialized = 0
            guard let end = parser.parseValue() else {
                if let failure = parser.failure {
                    parsed = .failure(reason: failure.reason, offset: failure.offset, message: failure.message)
                }
                return
            }
            if parser.tape.ownsStorage {
                spilled = parser.tape.nodes
            } else {
                initialized = parser.tape.count
            }
            parsed = .value(nodes: [], duplicates: parser.duplicates, end: end)
        }
        guard case .value(_, let duplicates, let end) = parsed else { return parsed }
        return .value(nodes: spilled ?? lent, duplicates: duplicates, end: end)
    }

    /// Tape entries reserved before parsing: one per 8 bytes of the rest of the buffer, at least 16 and at most
    /// `maximumInitialNodeCapacity`.
    ///
    /// DynamoDB images (`{"S":"…"}` values, short names) average one node per 10 bytes and reach one per 8, so that a
    /// reservation of one per 12 bytes made most of them move their tape once.
    ///
    /// The cap matters when one value is parsed at an offset of a large buffer (a line of a JSON Lines
    /// file): the rest of the buffer says nothing about the value's size, and an uncapped reservation
    /// made every document allocate memory proportional to the rest of the file. A larger document
    /// grows the tape by the array's normal doubling.
    static func initialNodeCapacity(remainingBytes: Int) -> Int {
        min(maximumInitialNodeCapacity, max(16, remainingBytes / 8))
    }

    /// 4,096 entries (64 KiB), enough for about 32 KB of JSON text without moving the tape.
    static var maximumInitialNodeCapacity: Int { 4_096 }

    /// Parses one value starting at the current index; returns the offset just past it
    /// (whitespace after the value skipped), or `nil` after recording a failure.
    mutating func parseValue() -> Int? {
        if options.skipsByteOrderMark, index + 2 < count, base[index] == 0xEF, base[index + 1] == 0xBB,
            base[index + 2] == 0xBF
        {
            index += 3
        }
        skipWhitespace()
        if index >= count {
            fail(.empty, at: index, "expected a JSON value, found end of input")
            return nil
        }
        guard run() else { return nil }
        skipWhitespace()
        return index
    }

    var position: Int { index }

    // MARK: - Main loop

    /// Frees the stack of open containers; the parser must not be used after.
    func releaseContainerStack() {
        containerStack.release()
    }

    private mutating func run() -> Bool {
        // The children of the innermost open container read so far (elements, or members counted at their names):
        // the container's `length` when it closes.
        var children: UInt32 = 0
        valueLoop: while true {
            // Expecting a value.
            skipWhitespace()
            guard index < count else {
                return fail(.unexpectedEnd, at: index, "expected a value, found end of input")
            }
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard containerStack.count < options.maximumDepth else {
                    return fail(
                        .tooDeep, at: index,
                        "nesting is deeper than the limit of \(options.maximumDepth) arrays and objects")
                }
                let isObject = byte == UInt8(ascii: "{")
                containerStack.append(OpenContainer(node: tape.count, isObject: isObject, enclosingCount: children))
                tape.append(
                    JSONNode(
                        offset: UInt32(truncatingIfNeeded: index), length: 0, end: 0,
                        kind: isObject ? .object : .array, flags: 0))
                index += 1
                skipWhitespace()
                if isObject {
                    if index < count, base[index] == UInt8(ascii: "}") {
                        index += 1
                        children = closeContainer(children: 0)
                    } else {
                        children = 1
                        guard parseMemberName() else { return false }
                        continue valueLoop
                    }
                } else if index < count, base[index] == UInt8(ascii: "]") {
                    index += 1
                    children = closeContainer(children: 0)
                } else {
                    children = 1
                    continue valueLoop
                }
            case UInt8(ascii: "\""):
                guard scanString() else { return false }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard scanNumber() else { return false }
            case UInt8(ascii: "t"):
                guard scanLiteral("true", .true) else { return false }
            case UInt8(ascii: "f"):
                guard scanLiteral("false", .false) else { return false }
            case UInt8(ascii: "n"):
                guard scanLiteral("null", .null) else { return false }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                return fail(.unexpectedCharacter, at: index, "expected a value, found '\(Self.show(byte))'")
            default:
                return fail(.unexpectedCharacter, at: index, "expected a value, found \(describeWord(at: index))")
            }
            // After a value: a separator, a closing bracket, or the end of the root.
            afterValue: while let top = containerStack.last {
                skipWhitespace()
                guard index < count else {
                    let what = top.isObject ? "',' or '}'" : "',' or ']'"
                    return fail(.unexpectedEnd, at: index, "expected \(what), found end of input")
                }
                let next = base[index]
                if top.isObject {
                    if next == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if index < count, base[index] == UInt8(ascii: "}") {
                            return fail(
                                .trailingComma, at: index,
                                "expected a member name after ',', found '}' (trailing comma)")
                        }
                        children &+= 1
                        guard parseMemberName() else { return false }
                        continue valueLoop
                    } else if next == UInt8(ascii: "}") {
                        index += 1
                        children = closeContainer(children: children)
                        continue afterValue
                    }
                    return fail(
                        .unexpectedCharacter, at: index,
                        "expected ',' or '}' after an object member, found \(describe(at: index))")
                } else {
                    if next == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if index < count, base[index] == UInt8(ascii: "]") {
                            return fail(
                                .trailingComma, at: index, "expected a value after ',', found ']' (trailing comma)")
                        }
                        children &+= 1
                        continue valueLoop
                    } else if next == UInt8(ascii: "]") {
                        index += 1
                        children = closeContainer(children: children)
                        continue afterValue
                    }
                    return fail(
                        .unexpectedCharacter, at: index,
                        "expected ',' or ']' after an array element, found \(describe(at: index))")
                }
            }
            return true
        }
    }

    private mutating func parseMemberName() -> Bool {
        guard index < count else {
            return fail(.unexpectedEnd, at: index, "expected a member name in quotes, found end of input")
        }
        guard base[index] == UInt8(ascii: "\"") else {
            return fail(
                .unexpectedCharacter, at: index, "expected a member name in quotes, found \(describe(at: index))")
        }
        guard scanString() else { return false }
        skipWhitespace()
        guard index < count else {
            return fail(.unexpectedEnd, at: index, "expected ':' after the member name, found end of input")
        }
        guard base[index] == UInt8(ascii: ":") else {
            return fail(
                .unexpectedCharacter, at: index, "expected ':' after the member name, found \(describe(at: index))")
        }
        index += 1
        return true
    }

    /// Closes the innermost open container, which has `children` elements or members; returns the count of its
    /// enclosing container (0 at the root).
    private mutating func closeContainer(children: UInt32) -> UInt32 {
        guard let container = containerStack.popLast() else { return 0 }
        tape[container.node].length = children
        tape[container.node].end = UInt32(truncatingIfNeeded: tape.count)
        if container.isObject, children > 1 { findDuplicateNames(in: container.node, members: Int(children)) }
        return container.enclosingCount
    }

    // MARK: - Duplicate member names

    private mutating func findDuplicateNames(in object: Int, members: Int) {
        if members <= 4, findDuplicateNamesDirectly(in: object, members: members) { return }
        if members <= 16 {
            // Small objects (nearly all): pairwise comparison on the stack. Names without escapes (nearly all) whose
            // length an earlier name has too (see `lengthBit`) are compared by length and first eight bytes, read once
            // per name, and by the rest of their bytes only when
            // those agree; a name with escapes sends the object to the decoding comparison.
            let found = withUnsafeTemporaryAllocation(of: NameHead.self, capacity: members) { heads -> Bool in
                var child = object + 1
                for position in 0..<members {
                    let node = tape[child]
                    guard node.flags & JSONNode.hasEscapes == 0 else { return false }
                    heads.initializeElement(at: position, to: nameHead(node, tape: child))
                    child = Int(tape[child + 1].end)
                }
                var lengths = Self.lengthBit(heads[0].length)
                for i in 1..<members {
                    let name = heads[i]
                    let bit = Self.lengthBit(name.length)
                    defer { lengths |= bit }
                    guard lengths & bit != 0 else { continue }
                    for j in 0..<i where heads[j].sameStart(as: name) && sameTail(heads[j], name) {
                        duplicates.append(name.tape)
                        break
                    }
                }
                return true
            }
            if found { return }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: members) { names in
                var child = object + 1
                for position in 0..<members {
                    names.initializeElement(at: position, to: child)
                    child = Int(tape[child + 1].end)
                }
                for i in 1..<members {
                    for j in 0..<i where sameName(names[i], names[j]) {
                        duplicates.append(names[i])
                        break
                    }
                }
            }
            return
        }
        var names: [Int] = []
        names.reserveCapacity(members)
        var child = object + 1
        for _ in 0..<members {
            names.append(child)
            child = Int(tape[child + 1].end)
        }
        findDuplicateNamesHashed(names)
    }

    /// The duplicates of an object of 2–4 members whose names have no escapes (nearly all objects): each name whose
    /// length an earlier name has too (see `lengthBit`) compared, by length and then bytes, with the names before it,
    /// reached through the tape, so nothing is stored per name. Returns `false` without looking further when a name has escapes.
    @inline(__always) private mutating func findDuplicateNamesDirectly(in object: Int, members: Int) -> Bool {
        var flags: UInt8 = 0
        var child = object + 1
        for _ in 0..<members {
            flags |= tape[child].flags
            child = Int(tape[child + 1].end)
        }
        guard flags & JSONNode.hasEscapes == 0 else { return false }
        var lengths = Self.lengthBit(Int(tape[object + 1].length))
        var name = Int(tape[object + 2].end)
        for _ in 1..<members {
            let node = tape[name]
            let bit = Self.lengthBit(Int(node.length))
            var earlier = object + 1
            while lengths & bit != 0, earlier != name {
                let other = tape[earlier]
                if other.length == node.length,
                    ByteEquality.equal(base + Int(other.offset), base + Int(node.offset), count: Int(node.length))
                {
                    duplicates.append(name)
                    break
                }
                earlier = Int(tape[earlier + 1].end)
            }
            lengths |= bit
            name = Int(tape[name + 1].end)
        }
        return true
    }

    /// The bit of a name's length (modulo 64) in a mask of the lengths of the names before it: a name whose bit is not
    /// set yet has no earlier name of its length, so none equal to it, and is compared with none. Exact either way: a
    /// set bit only means that the comparisons run.
    @inline(__always) static func lengthBit(_ length: Int) -> UInt64 { 1 &<< UInt64(truncatingIfNeeded: length & 63) }

    /// A member name without escapes as the small-object comparison reads it: the length of its body, its first
    /// (up to) eight bytes packed little-endian with zeros after the body, and where its body starts.
    struct NameHead {
        let length: Int
        let head: UInt64
        let body: Int
        /// The name's tape index.
        let tape: Int

        /// Whether the lengths and the first eight bytes agree (for bodies of at most eight bytes: the names are equal).
        @inline(__always) func sameStart(as other: NameHead) -> Bool { length == other.length && head == other.head }
    }

    /// The head of the name node `node` (tape index `tape`).
    @inline(__always) private func nameHead(_ node: JSONNode, tape: Int) -> NameHead {
        let body = Int(node.offset) + 1
        let length = Int(node.length) - 2
        return NameHead(
            length: length, head: Self.head(base, body: body, length: length, count: count), body: body, tape: tape)
    }

    /// The first `min(length, 8)` bytes at `body`, packed little-endian (first byte lowest), zeros above. Reads one
    /// word when eight bytes lie inside the buffer, else byte by byte: never past `count`.
    static func head(_ base: UnsafePointer<UInt8>, body: Int, length: Int, count: Int) -> UInt64 {
        let used = min(length, 8)
        if body &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: body, as: UInt64.self))
            return used == 8 ? word : word & ((1 &<< UInt64(used &* 8)) &- 1)
        }
        var packed: UInt64 = 0
        for position in 0..<used { packed |= UInt64(base[body + position]) << UInt64(8 * position) }
        return packed
    }

    /// Whether two names whose `sameStart` holds also agree after their first eight bytes.
    @inline(__always) private func sameTail(_ a: NameHead, _ b: NameHead) -> Bool {
        a.length <= 8 || ByteEquality.equal(base + a.body + 8, base + b.body + 8, count: a.length - 8)
    }

    /// One hash-set pass over the names, hashing their bytes in place: no allocation per name, so an object
    /// of a million members costs about as much as reading it. Names with escapes are decoded into one scratch
    /// buffer first, so that `"a"` and `"\u0061"` compare equal.
    private mutating func findDuplicateNamesHashed(_ names: [Int]) {
        var scratchSize = 0
        for name in names where tape[name].flags & JSONNode.hasEscapes != 0 { scratchSize += Int(tape[name].length) }
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, scratchSize))
        defer { scratch.deallocate() }
        var keys: [NameKey] = []
        keys.reserveCapacity(names.count)
        var used = 0
        for name in names {
            let node = tape[name]
            let body = UnsafeBufferPointer(start: base + Int(node.offset) + 1, count: Int(node.length) - 2)
            guard node.flags & JSONNode.hasEscapes != 0, let scratchBase = scratch.baseAddress else {
                keys.append(NameKey(start: body.baseAddress, count: body.count))
                continue
            }
            let decoded = JSONStringDecoding.unescape(body, hasEscapes: true)
            let target = scratchBase + used
            decoded.withUnsafeBufferPointer { source in
                guard let from = source.baseAddress else { return }
                target.update(from: from, count: source.count)
            }
            keys.append(NameKey(start: UnsafePointer(target), count: decoded.count))
            used += decoded.count
        }
        var seen = Set<NameKey>()
        seen.reserveCapacity(names.count)
        for (position, key) in keys.enumerated() where !seen.insert(key).inserted {
            duplicates.append(names[position])
        }
    }

    /// A member name's bytes, compared and hashed without copying them. Valid only while the input and the
    /// scratch buffer of `findDuplicateNamesHashed` are alive.
    private struct NameKey: Hashable {
        let start: UnsafePointer<UInt8>?
        let count: Int

        static func == (lhs: NameKey, rhs: NameKey) -> Bool {
            guard lhs.count == rhs.count else { return false }
            guard lhs.count > 0, let a = lhs.start, let b = rhs.start else { return true }
            return ByteEquality.equal(a, b, count: lhs.count)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes: UnsafeRawBufferPointer(start: start, count: count))
        }
    }

    private func sameName(_ a: Int, _ b: Int) -> Bool {
        let na = tape[a]
        let nb = tape[b]
        if (na.flags | nb.flags) & JSONNode.hasEscapes == 0 {
            guard na.length == nb.length else { return false }
            return ByteEquality.equal(base + Int(na.offset), base + Int(nb.offset), count: Int(na.length))
        }
        return decodedName(a) == decodedName(b)
    }

    private func decodedName(_ node: Int) -> [UInt8] {
        let n = tape[node]
        let buffer = UnsafeBufferPointer(start: base + Int(n.offset) + 1, count: Int(n.length) - 2)
        return JSONStringDecoding.unescape(buffer, hasEscapes: n.flags & JSONNode.hasEscapes != 0)
    }

    // MARK: - Scalars

    @inline(__always) private mutating func appendScalar(_ kind: JSONKind, start: Int, flags: UInt8 = 0) {
        let position = tape.count
        tape.append(
            JSONNode(
                offset: UInt32(truncatingIfNeeded: start), length: UInt32(truncatingIfNeeded: index - start),
                end: UInt32(truncatingIfNeeded: position + 1), kind: kind, flags: flags))
    }

    private mutating func scanLiteral(_ word: StaticString, _ kind: JSONKind) -> Bool {
        let start = index
        let length = word.utf8CodeUnitCount
        let text = word.utf8Start
        for i in 0..<length {
            guard start + i < count else {
                return fail(.unexpectedEnd, at: start + i, "expected '\(word)', found end of input")
            }
            guard base[start + i] == text[i] else {
                return fail(.unexpectedCharacter, at: start, "expected a value, found \(describeWord(at: start))")
            }
        }
        index = start + length
        if index < count, Self.isWordByte(base[index]) {
            return fail(.unexpectedCharacter, at: start, "expected a value, found \(describeWord(at: start))")
        }
        appendScalar(kind, start: start)
        return true
    }

    private mutating func scanNumber() -> Bool {
        let start = index
        if base[index] == UInt8(ascii: "-") {
            index += 1
            guard index < count else {
                return fail(.unexpectedEnd, at: index, "expected a digit after '-', found end of input")
            }
            guard Self.isDigit(base[index]) else {
                return fail(.invalidNumber, at: index, "expected a digit after '-', found \(describe(at: index))")
            }
        }
        if base[index] == UInt8(ascii: "0") {
            index += 1
            if index < count, Self.isDigit(base[index]) {
                var end = index
                while end < count, Self.isDigit(base[end]) { end += 1 }
                return fail(
                    .leadingZero, at: start,
                    "leading zeros are not allowed in numbers (found '\(text(start, end))')")
            }
        } else {
            while index < count, Self.isDigit(base[index]) { index += 1 }
        }
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            guard index < count, Self.isDigit(base[index]) else {
                return fail(
                    .invalidNumber, at: index, "expected a digit after the decimal point, found \(describe(at: index))")
            }
            while index < count, Self.isDigit(base[index]) { index += 1 }
        }
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") { index += 1 }
            guard index < count, Self.isDigit(base[index]) else {
                return fail(.invalidNumber, at: index, "expected a digit in the exponent, found \(describe(at: index))")
            }
            while index < count, Self.isDigit(base[index]) { index += 1 }
        }
        if index < count, Self.isWordByte(base[index]) || base[index] == UInt8(ascii: ".") {
            return fail(.invalidNumber, at: start, "expected a number, found \(describeWord(at: start))")
        }
        appendScalar(.number, start: start)
        return true
    }

    private mutating func scanString() -> Bool {
        let start = index
        index += 1
        var flags: UInt8 = 0
        while true {
            // Fast path: plain ASCII skipped a block or a word at a time, straight to the first byte that needs
            // attention.
            index = Self.firstSpecialByte(base, from: index, count: count)
            guard index < count else {
                return fail(
                    .unexpectedEnd, at: start, "expected '\"' to close the string that starts here, found end of input")
            }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                appendScalar(.string, start: start, flags: flags)
                return true
            } else if byte == UInt8(ascii: "\\") {
                flags |= JSONNode.hasEscapes
                guard scanEscape() else { return false }
            } else if byte < 0x20 {
                return fail(
                    .controlCharacter, at: index,
                    "control character U+00\(Self.hex2(byte)) must be escaped in a string (write \\u00\(Self.hex2(byte)))"
                )
            } else {
                flags |= JSONNode.hasNonASCII
                guard scanUTF8() else { return false }
            }
        }
    }

    /// The offset of the first byte at or after `start` that needs attention in a string (`"`, `\\`, a control
    /// character or a non-ASCII byte), or `count` when there is none.
    ///
    /// Exact, not a heuristic. The first word is tested on its own, so that a short string (a member name) costs
    /// one test; after it, sixteen bytes per SIMD compare while whole blocks of plain bytes remain, then words
    /// (SWAR: "has a zero byte" tests, whose false positives sit only above a true one, so the lowest flagged byte
    /// of a word is the first byte that needs attention), then the last bytes one by one.
    @inline(__always) static func firstSpecialByte(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var offset = start
        let raw = UnsafeRawPointer(base)
        if offset &+ 8 <= count {
            let flags = attentionFlags(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            if flags != 0 { return offset &+ flags.trailingZeroBitCount &>> 3 }
            offset &+= 8
            let low = SIMD16<UInt8>(repeating: 0x20)
            let width = SIMD16<UInt8>(repeating: 0x60)
            let quote = SIMD16<UInt8>(repeating: 0x22)
            let backslash = SIMD16<UInt8>(repeating: 0x5C)
            while offset &+ 16 <= count {
                let block = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                // Plain: 0x20 ..< 0x80 (`byte - 0x20`, wrapping, below 0x60) other than the quote and the backslash.
                let plain = (block &- low .< width) .& (block .!= quote) .& (block .!= backslash)
                guard all(plain) else { break }
                offset &+= 16
            }
        }
        while offset &+ 8 <= count {
            let flags = attentionFlags(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            if flags != 0 { return offset &+ flags.trailingZeroBitCount &>> 3 }
            offset &+= 8
        }
        while offset < count, isPlainByte(base[offset]) { offset &+= 1 }
        return offset
    }

    /// Whether `byte` may stand in a string as it is: 0x20 ..< 0x80 other than `"` and `\\`.
    @inline(__always) static func isPlainByte(_ byte: UInt8) -> Bool {
        byte &- 0x20 < 0x60 && byte != 0x22 && byte != 0x5C
    }

    /// Whether any byte of `word` is `"`, `\\`, below 0x20 or at least 0x80.
    @inline(__always) static func needsAttention(_ word: UInt64) -> Bool { attentionFlags(word) != 0 }

    /// Bit 7 of each byte of `word` (little-endian: the first byte lowest) set for bytes that are `"`, `\\`, below
    /// 0x20 or at least 0x80 — exactly so up to and including the lowest byte that is one; above it, other bits may
    /// be set too (borrows), which is why only the lowest set bit is used.
    @inline(__always) static func attentionFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // For bytes below 0x80, `byte - k` borrows into bit 7 exactly when byte < k (or when a lower byte
        // borrowed, which needs a lower byte that matched); `& ~word` drops bytes that had bit 7 set already.
        let control = word &- ones &* 0x20
        let quote = (word ^ (ones &* 0x22)) &- ones
        let backslash = (word ^ (ones &* 0x5C)) &- ones
        return ((control | quote | backslash) & ~word | word) & highs
    }

    private mutating func scanEscape() -> Bool {
        let escapeStart = index
        index += 1
        guard index < count else {
            return fail(.unexpectedEnd, at: index, "expected an escape character after '\\', found end of input")
        }
        switch base[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
            return true
        case UInt8(ascii: "u"):
            index += 1
            guard let unit = readHex4() else { return false }
            if (0xDC00...0xDFFF).contains(unit) {
                return fail(
                    .loneSurrogate, at: escapeStart,
                    "lone low surrogate \\u\(Self.hex4(unit)) without a preceding high surrogate")
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < count, base[index] == UInt8(ascii: "\\"), base[index + 1] == UInt8(ascii: "u") else {
                    return fail(
                        .loneSurrogate, at: escapeStart,
                        "high surrogate \\u\(Self.hex4(unit)) must be followed by a \\uDC00-\\uDFFF low surrogate")
                }
                index += 2
                guard let low = readHex4() else { return false }
                guard (0xDC00...0xDFFF).contains(low) else {
                    return fail(
                        .loneSurrogate, at: escapeStart,
                        "high surrogate \\u\(Self.hex4(unit)) must be followed by a low surrogate, found \\u\(Self.hex4(low))"
                    )
                }
            }
            return true
        default:
            return fail(
                .invalidEscape, at: escapeStart,
                "invalid escape '\\\(Self.show(base[index]))'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
            )
        }
    }

    private mutating func readHex4() -> UInt32? {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < count else {
                fail(.unexpectedEnd, at: index, "expected 4 hex digits after '\\u', found end of input")
                return nil
            }
            let byte = base[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                fail(.invalidEscape, at: index, "expected 4 hex digits after '\\u', found \(describe(at: index))")
                return nil
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func scanUTF8() -> Bool {
        let lead = base[index]
        guard let (length, lower, upper) = Self.utf8Sequence(startingWith: lead) else {
            return fail(.invalidUTF8, at: index, "invalid UTF-8: byte 0x\(Self.hex2(lead)) cannot start a character")
        }
        guard index + length <= count else {
            return fail(.invalidUTF8, at: index, "invalid UTF-8: the input ends inside a \(length)-byte character")
        }
        let second = base[index + 1]
        guard second >= lower, second <= upper else {
            return fail(
                .invalidUTF8, at: index,
                "invalid UTF-8: byte 0x\(Self.hex2(second)) after 0x\(Self.hex2(lead)) (overlong, surrogate or truncated character)"
            )
        }
        var i = 2
        while i < length {
            guard base[index + i] & 0xC0 == 0x80 else {
                return fail(.invalidUTF8, at: index, "invalid UTF-8: truncated \(length)-byte character")
            }
            i += 1
        }
        index += length
        return true
    }

    // MARK: - Helpers

    private mutating func skipWhitespace() {
        while index < count {
            let byte = base[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    @discardableResult
    private mutating func fail(_ reason: JSONSyntaxError.Reason, at offset: Int, _ message: String) -> Bool {
        if failure == nil { failure = (reason, offset, message) }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || isDigit(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: min(end, count) - start), as: UTF8.self)
    }

    private func describe(at offset: Int) -> String {
        guard offset < count else { return "end of input" }
        let byte = base[offset]
        if byte == 0xEF, offset + 2 < count, base[offset + 1] == 0xBB, base[offset + 2] == 0xBF {
            return "a UTF-8 byte order mark (EF BB BF)"
        }
        if byte >= 0x20, byte < 0x7F { return "'\(Self.show(byte))'" }
        if byte >= 0x80 {
            return startsValidUTF8(at: offset) ? "a non-ASCII character" : "invalid UTF-8 (byte 0x\(Self.hex2(byte)))"
        }
        return "control character 0x\(Self.hex2(byte))"
    }

    private func describeWord(at offset: Int) -> String {
        if offset < count, base[offset] >= 0x80, !startsValidUTF8(at: offset) || base[offset] == 0xEF {
            return describe(at: offset)
        }
        var end = offset
        while end < count, end - offset < 24,
            Self.isWordByte(base[end]) || base[end] == UInt8(ascii: ".")
                || base[end] == UInt8(ascii: "-") || base[end] == UInt8(ascii: "+")
        {
            end += 1
        }
        if end == offset { return describe(at: offset) }
        return "'\(text(offset, end))'"
    }

    /// The length of the multi-byte UTF-8 sequence a lead byte starts and the range its second byte must
    /// fall in (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF); `nil` for a byte that
    /// cannot start one.
    private static func utf8Sequence(startingWith lead: UInt8) -> (length: Int, lower: UInt8, upper: UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }

    /// Whether a well-formed UTF-8 character (RFC 3629) starts at `offset`.
    private func startsValidUTF8(at offset: Int) -> Bool {
        let lead = base[offset]
        if lead < 0x80 { return true }
        guard let (length, lower, upper) = Self.utf8Sequence(startingWith: lead) else { return false }
        guard offset + length <= count, base[offset + 1] >= lower, base[offset + 1] <= upper else { return false }
        for i in 2..<length where base[offset + i] & 0xC0 != 0x80 { return false }
        return true
    }

    static func show(_ byte: UInt8) -> String { String(UnicodeScalar(byte)) }

    static func hex2(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    static func hex4(_ value: UInt32) -> String { hex2(UInt8(value >> 8 & 0xFF)) + hex2(UInt8(value & 0xFF)) }
}
