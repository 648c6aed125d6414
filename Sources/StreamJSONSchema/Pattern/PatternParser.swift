// A recursive-descent parser for the ECMA-262 pattern grammar with the `u` flag (no Annex B leniency).
//
// With `u`, ECMA-262 is strict: identity escapes are limited to syntax characters and `/`, a lone `{`, `}` or `]`
// is an error, lookaheads cannot be quantified, `\8` needs eight groups, and `\k` must name an existing group.

/// Parses a pattern source into a `PatternNode` tree, reporting the first syntax error with its scalar offset.
struct PatternParser {
    private let source: [UInt32]
    private var index = 0
    private(set) var captureCount = 0
    private(set) var groupNames: [String: Int] = [:]
    private var numberedReferences: [(number: Int, offset: Int)] = []
    private var depth = 0

    /// Groups and lookarounds nest at most this deep, so that no recursion (here or in the compiler) can overflow.
    static let maximumNesting = 200

    init(_ pattern: String) {
        source = pattern.unicodeScalars.map(\.value)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(PatternSyntaxError) -> PatternNode {
        let node = try parseDisjunction()
        if index < source.count {
            // Only an unbalanced `)` stops a top-level disjunction early.
            throw error("unmatched ')'")
        }
        for reference in numberedReferences where reference.number > captureCount {
            throw PatternSyntaxError(
                offset: reference.offset,
                message: "backreference \\\(reference.number) but the pattern has only \(captureCount) group(s)")
        }
        return try resolveNames(node)
    }

    // MARK: Helpers

    private func peek(_ ahead: Int = 0) -> UInt32? {
        let position = index + ahead
        return position < source.count ? source[position] : nil
    }

    private func error(_ message: String, at offset: Int? = nil) -> PatternSyntaxError {
        PatternSyntaxError(offset: offset ?? index, message: message)
    }

    private static func describe(_ value: UInt32?) -> String {
        guard let value else { return "end of pattern" }
        if let scalar = Unicode.Scalar(value), value >= 0x20, value != 0x7F {
            return "'\(Character(scalar))'"
        }
        return "U+" + String(value, radix: 16, uppercase: true)
    }

    private static func isDigit(_ value: UInt32?) -> Bool { value.map { (0x30...0x39).contains($0) } ?? false }

    private static func hexValue(_ value: UInt32?) -> UInt32? {
        guard let value else { return nil }
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }

    private static let syntaxCharacters: Set<UInt32> = Set("^$\\.*+?()[]{}|".unicodeScalars.map(\.value))

    // MARK: Disjunction, alternative, term

    private mutating func parseDisjunction() throws(PatternSyntaxError) -> PatternNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumNesting {
            throw error("groups nested deeper than \(Self.maximumNesting) levels")
        }
        var alternatives = [try parseAlternative()]
        while peek() == 0x7C {  // |
            index += 1
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseAlternative() throws(PatternSyntaxError) -> PatternNode {
        var terms: [PatternNode] = []
        while let c = peek(), c != 0x7C, c != 0x29 {  // | )
            terms.append(try parseTerm())
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    private mutating func parseTerm() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        guard let c = peek() else { throw error("unexpected end of pattern") }
        // Assertions, which may not be quantified in u-mode.
        var assertion: PatternNode?
        switch c {
        case 0x5E:  // ^
            index += 1
            assertion = .assertion(.start)
        case 0x24:  // $
            index += 1
            assertion = .assertion(.end)
        case 0x5C where peek(1) == 0x62:  // \b
            index += 2
            assertion = .assertion(.wordBoundary)
        case 0x5C where peek(1) == 0x42:  // \B
            index += 2
            assertion = .assertion(.notWordBoundary)
        case 0x28 where peek(1) == 0x3F:  // (?
            let isLookahead = peek(2) == 0x3D || peek(2) == 0x21
            let isLookbehind = peek(2) == 0x3C && (peek(3) == 0x3D || peek(3) == 0x21)
            if isLookahead || isLookbehind {
                index += isLookahead ? 2 : 3
                let negated = peek() == 0x21
                index += 1
                let body = try parseDisjunction()
                guard peek() == 0x29 else { throw error("missing ')' to close the lookaround opened", at: start) }
                index += 1
                assertion = .look(body, ahead: isLookahead, negated: negated)
            }
        default:
            break
        }
        if let assertion {
            if let q = peek(), q == 0x2A || q == 0x2B || q == 0x3F || q == 0x7B {
                throw error("an assertion cannot be quantified in u-mode; found \(Self.describe(q))")
            }
            return assertion
        }
        let atom = try parseAtom()
        return try parseQuantifier(atom, atomStart: start)
    }

    private mutating func parseQuantifier(
        _ atom: PatternNode, atomStart: Int
    ) throws(PatternSyntaxError) -> PatternNode {
        guard let c = peek() else { return atom }
        let quantifierStart = index
        var min = 0
        var max: Int?
        switch c {
        case 0x2A:  // *
            index += 1
        case 0x2B:  // +
            index += 1
            min = 1
        case 0x3F:  // ?
            index += 1
            max = 1
        case 0x7B:  // {
            index += 1
            guard let low = parseDecimal() else {
                throw error(
                    "incomplete quantifier: expected a digit after '{' (a literal '{' must be escaped)",
                    at: quantifierStart)
            }
            min = low
            max = low
            if peek() == 0x2C {  // ,
                index += 1
                max = nil
                if Self.isDigit(peek()) { max = parseDecimal() }
            }
            guard peek() == 0x7D else {
                throw error(
                    "incomplete quantifier: expected '}' but found \(Self.describe(peek()))",
                    at: quantifierStart)
            }
            index += 1
            if let max, max < min {
                throw error("numbers out of order in quantifier {\(min),\(max)}", at: quantifierStart)
            }
        default:
            return atom
        }
        var greedy = true
        if peek() == 0x3F {
            index += 1
            greedy = false
        }
        if let next = peek(), next == 0x2A || next == 0x2B || next == 0x3F || next == 0x7B {
            throw error("nothing to repeat: a quantifier cannot follow a quantifier")
        }
        return .repetition(atom, min: min, max: max, greedy: greedy)
    }

    /// Parses decimal digits, saturating at `Int.max / 2` so huge counts stay representable.
    private mutating func parseDecimal() -> Int? {
        guard Self.isDigit(peek()) else { return nil }
        var value = 0
        while let d = peek(), Self.isDigit(d) {
            value = Swift.min(value * 10 + Int(d - 0x30), Int.max / 20)
            index += 1
        }
        return value
    }

    // MARK: Atoms

    private mutating func parseAtom() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        guard let c = peek() else { throw error("unexpected end of pattern") }
        switch c {
        case 0x2E:  // .
            index += 1
            return .set(ScalarSetBuilder.dot())
        case 0x28:  // (
            return try parseGroup()
        case 0x5B:  // [
            return try parseClass()
        case 0x5C:  // backslash
            return try parseAtomEscape()
        case 0x2A, 0x2B, 0x3F:
            throw error("nothing to repeat before \(Self.describe(c))")
        case 0x7B:
            throw error("nothing to repeat before '{' (a literal '{' must be escaped in u-mode)")
        case 0x7D:
            throw error("lone '}' (a literal '}' must be escaped in u-mode)")
        case 0x5D:
            throw error("lone ']' (a literal ']' must be escaped in u-mode)")
        default:
            index += 1
            _ = start
            return .scalar(c)
        }
    }

    private mutating func parseGroup() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        index += 1  // (
        var capture: Int?
        if peek() == 0x3F {  // ?
            if peek(1) == 0x3A {  // :
                index += 2
            } else if peek(1) == 0x3C {  // <name>
                index += 2
                let name = try parseGroupName()
                if groupNames[name] != nil {
                    throw error("duplicate group name '\(name)'", at: start)
                }
                captureCount += 1
                capture = captureCount
                groupNames[name] = captureCount
            } else {
                throw error(
                    "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!' or '<name>', found "
                        + Self.describe(peek(1)), at: start)
            }
        } else {
            captureCount += 1
            capture = captureCount
        }
        let body = try parseDisjunction()
        guard peek() == 0x29 else { throw error("missing ')' to close the group opened", at: start) }
        index += 1
        return .group(body, capture: capture)
    }

    /// Parses `name>` after `<` (RegExpIdentifierName), allowing `\u` escapes as ECMA-262 does.
    private mutating func parseGroupName() throws(PatternSyntaxError) -> String {
        let start = index
        var scalars = String.UnicodeScalarView()
        while true {
            guard var c = peek() else { throw error("unterminated group name", at: start) }
            if c == 0x3E { break }  // >
            if c == 0x5C {  // \u escape in a name
                guard peek(1) == 0x75 else { throw error("invalid escape in group name") }
                index += 2
                c = try parseUnicodeEscapeBody()
            } else {
                index += 1
            }
            guard let scalar = Unicode.Scalar(c) else { throw error("invalid character in group name", at: start) }
            let properties = scalar.properties
            let valid =
                scalars.isEmpty
                ? (properties.isIDStart || c == 0x24 || c == 0x5F)
                : (properties.isIDContinue || c == 0x24 || c == 0x200C || c == 0x200D)
            guard valid else { throw error("invalid character \(Self.describe(c)) in group name", at: index - 1) }
            scalars.append(scalar)
        }
        guard !scalars.isEmpty else { throw error("empty group name", at: start) }
        index += 1  // >
        return String(scalars)
    }

    // MARK: Escapes

    private mutating func parseAtomEscape() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        index += 1  // backslash
        guard let c = peek() else { throw error("pattern ends with a lone backslash", at: start) }
        switch c {
        case 0x31...0x39:  // backreference
            let number = parseDecimal() ?? 0
            numberedReferences.append((number, start))
            return .backreference(number)
        case 0x6B:  // k<name>
            index += 1
            guard peek() == 0x3C else { throw error("'\\k' must be followed by '<name>' in u-mode", at: start) }
            index += 1
            let name = try parseGroupName()
            return .namedBackreference(name, offset: start)
        default:
            if let builder = try parseClassEscapeSet(c) {
                return .set(builder)
            }
            return .scalar(try parseCharacterEscape(start: start))
        }
    }

    /// Parses `d D s S w W p{…} P{…}` at the current index (the letter), or returns nil for other escapes.
    private mutating func parseClassEscapeSet(_ c: UInt32) throws(PatternSyntaxError) -> ScalarSet? {
        guard let (builder, negated) = try parseClassEscapeBuilder(c) else { return nil }
        return builder.build(negated: negated)
    }

    private mutating func parseClassEscapeBuilder(
        _ c: UInt32
    ) throws(PatternSyntaxError) -> (ScalarSetBuilder, negated: Bool)? {
        switch c {
        case 0x64:
            index += 1
            return (.digits(), false)  // d
        case 0x44:
            index += 1
            return (.digits(), true)  // D
        case 0x73:
            index += 1
            return (.whiteSpace(), false)  // s
        case 0x53:
            index += 1
            return (.whiteSpace(), true)  // S
        case 0x77:
            index += 1
            return (.wordCharacters(), false)  // w
        case 0x57:
            index += 1
            return (.wordCharacters(), true)  // W
        case 0x70, 0x50:  // p P
            let start = index - 1
            index += 1
            guard peek() == 0x7B else { throw error("'\\p' must be followed by '{Property}' in u-mode", at: start) }
            index += 1
            var name = String.UnicodeScalarView()
            while let d = peek(), d != 0x7D {
                let allowed =
                    (0x41...0x5A).contains(d) || (0x61...0x7A).contains(d) || (0x30...0x39).contains(d)
                    || d == 0x5F || d == 0x3D
                guard allowed, let scalar = Unicode.Scalar(d) else {
                    throw error("invalid character \(Self.describe(d)) in Unicode property name")
                }
                name.append(scalar)
                index += 1
            }
            guard peek() == 0x7D else { throw error("unterminated '\\p{'", at: start) }
            index += 1
            let text = String(name)
            guard let test = UnicodePropertyTest.resolve(text) else {
                throw error("unknown Unicode property '\(text)'", at: start)
            }
            var builder = ScalarSetBuilder()
            builder.properties.append(ScalarSet.PropertyItem(test: test, negated: false))
            return (builder, c == 0x50)
        default:
            return nil
        }
    }

    /// Parses a CharacterEscape whose first character (after the backslash) is at the current index.
    private mutating func parseCharacterEscape(start: Int, inClass: Bool = false) throws(PatternSyntaxError) -> UInt32 {
        guard let c = peek() else { throw error("pattern ends with a lone backslash", at: start) }
        index += 1
        switch c {
        case 0x66: return 0x0C  // f
        case 0x6E: return 0x0A  // n
        case 0x72: return 0x0D  // r
        case 0x74: return 0x09  // t
        case 0x76: return 0x0B  // v
        case 0x63:  // c
            guard let letter = peek(), (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter) else {
                throw error("'\\c' must be followed by an ASCII letter in u-mode", at: start)
            }
            index += 1
            return letter % 32
        case 0x30:  // 0
            if Self.isDigit(peek()) { throw error("octal escapes are not allowed in u-mode", at: start) }
            return 0
        case 0x78:  // x
            guard let high = Self.hexValue(peek()), let low = Self.hexValue(peek(1)) else {
                throw error("'\\x' must be followed by two hex digits", at: start)
            }
            index += 2
            return high << 4 | low
        case 0x75:  // u
            return try parseUnicodeEscapeBody()
        case 0x2D where inClass:  // \- inside a class
            return c
        default:
            if Self.syntaxCharacters.contains(c) || c == 0x2F { return c }
            throw error(
                "invalid escape '\\\(Self.describe(c).trimmingQuotes)' (u-mode allows identity escapes only "
                    + "for syntax characters and '/')", at: start)
        }
    }

    /// Parses what follows `\u`: `XXXX`, `{X…}`, or a surrogate pair `XXXX\uXXXX` joined into one scalar.
    private mutating func parseUnicodeEscapeBody() throws(PatternSyntaxError) -> UInt32 {
        let start = index - 2
        if peek() == 0x7B {  // {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while let h = Self.hexValue(peek()) {
                value = value << 4 | h
                digits += 1
                index += 1
                if value > 0x10_FFFF { throw error("code point in '\\u{…}' is above U+10FFFF", at: start) }
            }
            guard digits > 0, peek() == 0x7D else { throw error("malformed '\\u{…}' escape", at: start) }
            index += 1
            return value
        }
        guard let value = hex4(at: index) else { throw error("'\\u' must be followed by four hex digits", at: start) }
        index += 4
        if (0xD800...0xDBFF).contains(value), peek() == 0x5C, peek(1) == 0x75, let low = hex4(at: index + 2),
            (0xDC00...0xDFFF).contains(low)
        {
            index += 6
            return 0x1_0000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        return value
    }

    private func hex4(at position: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            let p = position + offset
            guard p < source.count, let h = Self.hexValue(source[p]) else { return nil }
            value = value << 4 | h
        }
        return value
    }

    // MARK: Character classes

    private enum ClassAtom {
        case scalar(UInt32)
        case set(ScalarSetBuilder, negated: Bool)
    }

    private mutating func parseClass() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        index += 1  // [
        var negated = false
        if peek() == 0x5E {
            negated = true
            index += 1
        }
        var builder = ScalarSetBuilder()
        while true {
            guard let c = peek() else { throw error("unterminated character class", at: start) }
            if c == 0x5D { break }  // ]
            let atomStart = index
            let first = try parseClassAtom()
            if peek() == 0x2D, let next = peek(1), next != 0x5D {  // a-b
                index += 1
                let second = try parseClassAtom()
                guard case .scalar(let low) = first, case .scalar(let high) = second else {
                    throw error("a class escape like \\d cannot be the end of a range in u-mode", at: atomStart)
                }
                guard low <= high else { throw error("range out of order in character class", at: atomStart) }
                builder.add(low...high)
            } else {
                add(first, to: &builder)
            }
        }
        index += 1  // ]
        return .set(builder.build(negated: negated))
    }

    private func add(_ atom: ClassAtom, to builder: inout ScalarSetBuilder) {
        switch atom {
        case .scalar(let value):
            builder.add(value)
        case .set(let inner, let negated):
            if !negated {
                builder.add(inner)
            } else if inner.properties.isEmpty {
                builder.addComplement(of: inner)
            } else {
                for item in inner.properties {
                    builder.properties.append(ScalarSet.PropertyItem(test: item.test, negated: !item.negated))
                }
            }
        }
    }

    private mutating func parseClassAtom() throws(PatternSyntaxError) -> ClassAtom {
        let start = index
        guard let c = peek() else { throw error("unterminated character class") }
        guard c == 0x5C else {
            index += 1
            return .scalar(c)
        }
        index += 1
        guard let e = peek() else { throw error("unterminated character class", at: start) }
        switch e {
        case 0x62:  // \b is backspace in a class
            index += 1
            return .scalar(0x08)
        case 0x2D:
            index += 1
            return .scalar(0x2D)
        case 0x31...0x39:
            throw error("backreferences and octal escapes are not allowed in a class in u-mode", at: start)
        case 0x42, 0x6B:
            throw error("'\\\(Self.describe(e).trimmingQuotes)' is not allowed in a character class", at: start)
        default:
            if let (builder, negated) = try parseClassEscapeBuilder(e) {
                return .set(builder, negated: negated)
            }
            return .scalar(try parseCharacterEscape(start: start, inClass: true))
        }
    }

    // MARK: Named references

    private func resolveNames(_ node: PatternNode) throws(PatternSyntaxError) -> PatternNode {
        switch node {
        case .namedBackreference(let name, let offset):
            guard let number = groupNames[name] else {
                throw PatternSyntaxError(offset: offset, message: "'\\k<\(name)>' names no group in the pattern")
            }
            return .backreference(number)
        case .sequence(let nodes):
            var resolved: [PatternNode] = []
            for child in nodes { resolved.append(try resolveNames(child)) }
            return .sequence(resolved)
        case .alternation(let nodes):
            var resolved: [PatternNode] = []
            for child in nodes { resolved.append(try resolveNames(child)) }
            return .alternation(resolved)
        case .group(let inner, let capture):
            return .group(try resolveNames(inner), capture: capture)
        case .repetition(let inner, let min, let max, let greedy):
            return .repetition(try resolveNames(inner), min: min, max: max, greedy: greedy)
        case .look(let inner, let ahead, let negated):
            return .look(try resolveNames(inner), ahead: ahead, negated: negated)
        case .empty, .scalar, .set, .assertion, .backreference:
            return node
        }
    }
}

extension String {
    fileprivate var trimmingQuotes: String {
        count >= 2 && first == "'" && last == "'" ? String(dropFirst().dropLast()) : self
    }
}
