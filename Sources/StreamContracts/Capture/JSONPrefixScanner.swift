/// An incremental check that bytes so far can begin a JSON array or object, and where it ends.
///
/// The capture reader must find JSON that is spread over many log lines or arrives in chunks,
/// without parsing the same bytes again for every new line. This scanner keeps a little state
/// (open containers, what may come next, whether it is inside a string) and is fed bytes as they
/// come: it says when the value is complete, or at which byte it stopped being JSON. It checks
/// structure (brackets, names, colons, commas, literals, escapes, control characters) but not the
/// fine grammar of numbers or UTF-8; the full `JSONDocument` parse of the finished value does that
/// and gives the exact error.
struct JSONPrefixScanner {
    /// Where the scanner stands.
    enum Status: Equatable {
        /// The bytes so far are a prefix of a JSON value.
        case needsMore
        /// The value ended; `end` is the position just past its closing bracket.
        case complete(end: Int)
        /// The byte at `position` cannot continue a JSON value.
        case invalid(position: Int)
    }

    private enum Expect: UInt8 {
        case value, valueOrClose, nameOrClose, name, colon, commaOrClose
    }

    private enum Word: UInt8 { case none, number, literal }

    private(set) var status: Status = .needsMore
    /// Open containers, innermost last (`true` for an object).
    private var stack: [Bool] = []
    private var expect: Expect = .value
    private var inString = false
    private var stringIsName = false
    /// 0 outside an escape; 1 right after `\`; 2...5 while reading `\u` hex digits.
    private var escape = 0
    private var word: Word = .none
    private var literal: [UInt8] = []
    private var wordInvalid = false
    /// Whether the last `feed` stopped at a watched bracket.
    private(set) var paused = false
    /// Number of tokens (brackets, strings, words) accepted so far.
    private(set) var tokens = 0
    /// Bytes consumed so far, over all calls.
    private(set) var position = 0
    /// Global start position of the last object member name at depth 1 and its end (exclusive).
    private(set) var lastTopLevelName: Range<Int>?
    private var nameStart = 0
    private let maximumDepth: Int

    /// Creates a scanner whose first byte must be `{` or `[`, starting at global position `start`.
    init(maximumDepth: Int, start: Int = 0) {
        self.maximumDepth = max(1, maximumDepth)
        self.position = start
    }

    /// Number of open containers.
    var depth: Int { stack.count }

    /// Whether the scanner is still waiting for more bytes.
    var needsMore: Bool { status == .needsMore }

    /// Feeds bytes `[from, to)` of `buffer`, whose index 0 is global position `base`.
    ///
    /// Stops early when the value completes or turns invalid, or — when `watchDepth` is given — right
    /// after a bracket that opens a container to at most `watchDepth + 1` open containers, or closes one
    /// leaving at most `watchDepth`, or — when `commaDepth` is given — right after a comma between the
    /// elements or members of a container at that depth (`paused` is then `true`).
    /// - Returns: the buffer index just past the last byte consumed.
    @discardableResult
    mutating func feed(
        _ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int, base: Int, watchDepth: Int? = nil,
        commaDepth: Int? = nil
    ) -> Int {
        paused = false
        guard status == .needsMore else { return from }
        var index = from
        let watch = watchDepth ?? -1
        let commas = commaDepth ?? -1
        while index < to {
            let byte = buffer[index]
            let here = base + index
            if inString {
                if escape == 0 {
                    // Fast path: the bytes of a string that need no attention.
                    if byte >= 0x20, byte != 0x22, byte != 0x5C {
                        index += 1
                        while index < to {
                            let next = buffer[index]
                            guard next >= 0x20, next != 0x22, next != 0x5C else { break }
                            index += 1
                        }
                        continue
                    }
                    if byte == 0x22 {
                        inString = false
                        if stringIsName {
                            // A scanner moved to another buffer (a join's fragment) counts positions anew: a
                            // name begun before the move has no range in the new one.
                            if stack.count == 1, nameStart <= here { lastTopLevelName = nameStart..<(here + 1) }
                            expect = .colon
                        } else {
                            expect = .commaOrClose
                        }
                    } else if byte == 0x5C {
                        escape = 1
                    } else if byte < 0x20 {
                        return fail(at: here, index)
                    }
                } else if escape == 1 {
                    switch byte {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: escape = 0
                    case 0x75: escape = 2
                    default: return fail(at: here, index)
                    }
                } else {
                    guard Self.isHex(byte) else { return fail(at: here, index) }
                    escape = escape == 5 ? 0 : escape + 1
                }
                index += 1
                continue
            }
            if word != .none {
                if Self.isWordByte(byte) {
                    if word == .literal {
                        if literal.count < 5 { literal.append(byte) } else { wordInvalid = true }
                    } else if !Self.isNumberByte(byte) {
                        wordInvalid = true
                    }
                    index += 1
                    continue
                }
                // The word ends before this byte.
                if wordInvalid || (word == .literal && !Self.isLiteral(literal)) {
                    return fail(at: here - 1, index)
                }
                word = .none
                expect = .commaOrClose
            }
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09:
                index += 1
                continue
            default:
                break
            }
            switch expect {
            case .value, .valueOrClose:
                switch byte {
                case 0x7B, 0x5B:  // { [
                    guard stack.count < maximumDepth else { return fail(at: here, index) }
                    stack.append(byte == 0x7B)
                    expect = byte == 0x7B ? .nameOrClose : .valueOrClose
                    tokens += 1
                    index += 1
                    if stack.count <= watch + 1 { return pause(base + index, index) }
                    continue
                case 0x5D where expect == .valueOrClose:  // ]
                    index += 1
                    if close(at: here + 1) || stack.count <= watch { return pause(base + index, index) }
                    continue
                case 0x22:
                    inString = true
                    stringIsName = false
                    tokens += 1
                case 0x2D, 0x30...0x39:
                    word = .number
                    wordInvalid = false
                    tokens += 1
                case 0x74, 0x66, 0x6E:  // t f n
                    word = .literal
                    literal = [byte]
                    wordInvalid = false
                    tokens += 1
                default:
                    return fail(at: here, index)
                }
                guard stack.count > 0 else { return fail(at: here, index) }  // roots are containers only
            case .nameOrClose, .name:
                if byte == 0x22 {
                    inString = true
                    stringIsName = true
                    nameStart = here
                    tokens += 1
                } else if byte == 0x7D, expect == .nameOrClose {
                    index += 1
                    if close(at: here + 1) || stack.count <= watch { return pause(base + index, index) }
                    continue
                } else {
                    return fail(at: here, index)
                }
            case .colon:
                guard byte == 0x3A else { return fail(at: here, index) }
                expect = .value
            case .commaOrClose:
                guard let isObject = stack.last else { return fail(at: here, index) }
                if byte == 0x2C {
                    expect = isObject ? .name : .value
                    if stack.count == commas {
                        index += 1
                        return pause(base + index, index)
                    }
                } else if byte == (isObject ? 0x7D : 0x5D) {
                    index += 1
                    if close(at: here + 1) || stack.count <= watch { return pause(base + index, index) }
                    continue
                } else {
                    return fail(at: here, index)
                }
            }
            index += 1
        }
        position = base + index
        return index
    }

    /// Closes the innermost container; returns `true` when that completed the root value.
    private mutating func close(at end: Int) -> Bool {
        stack.removeLast()
        expect = .commaOrClose
        if stack.isEmpty {
            status = .complete(end: end)
            position = end
            return true
        }
        return false
    }

    private mutating func pause(_ global: Int, _ index: Int) -> Int {
        position = global
        paused = status == .needsMore
        return index
    }

    private mutating func fail(at position: Int, _ index: Int) -> Int {
        status = .invalid(position: position)
        self.position = position
        return index
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte >= 0x80
            || byte == 0x5F
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D || byte == 0x2E || byte | 0x20 == 0x65
    }

    private static func isLiteral(_ word: [UInt8]) -> Bool {
        word == Array("true".utf8) || word == Array("false".utf8) || word == Array("null".utf8)
    }
}
