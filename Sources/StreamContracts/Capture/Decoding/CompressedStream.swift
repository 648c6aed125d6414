/// A gzip (RFC 1952), zlib (RFC 1950) or raw DEFLATE stream decoded chunk by chunk, with its wrapper's header
/// and checksums checked.
///
/// A Firehose S3 object is several gzip members back to back, a CloudWatch Logs export one large member; both are
/// read in chunks, so the wrapper is parsed byte by byte as the chunks arrive and the DEFLATE data of each member
/// goes to one ``InflateStream`` (reset, with its buffer, for the next member). gzip: every member's header
/// (FEXTRA, FNAME, FCOMMENT skipped; FHCRC checked), CRC-32 and size; zero bytes after the last member are
/// accepted as padding. zlib: the header check bits and the Adler-32. Anything else after the end is an error at
/// its offset, so no input byte is ever dropped unnoticed.
///
/// ```swift
/// var stream = CompressedStream(format: .gzip, limit: 1 << 30)
/// var output: [UInt8] = []
/// for chunk in chunks { try stream.feed(chunk, into: &output) }
/// try stream.finish(into: &output)
/// ```
package struct CompressedStream: Sendable {
    /// The wrapper around the DEFLATE data.
    package enum Format: Sendable, Hashable {
        /// One or more gzip members.
        case gzip
        /// One zlib stream.
        case zlib
        /// Raw DEFLATE data.
        case deflate
    }

    /// The wrapper around the DEFLATE data.
    package let format: Format
    /// The most decompressed bytes accepted for the whole input (all members together).
    package let limit: Int
    /// The gzip members begun so far (a member begins with the magic `1F 8B`); while one is read, its number.
    package private(set) var members = 0
    /// Compressed bytes read so far.
    package private(set) var inputCount = 0
    /// Decompressed bytes handed out so far.
    package private(set) var outputCount = 0
    /// The error that ended decoding, if any; later calls throw it again.
    package private(set) var failure: InflateError?

    private var phase: Phase
    private var inflater = InflateStream()
    /// Where the current DEFLATE data starts in the input.
    private var deflateStart = 0
    /// `outputCount` when the current member's data started.
    private var memberOutputStart = 0
    private var crc = CRC32()
    private var adler = Adler32()
    /// Header or trailer bytes gathered so far, and the offset of the first.
    private var held: [UInt8] = []
    private var heldStart = 0
    private var header = GzipHeader()

    /// Creates a decoder at the start of a stream.
    ///
    /// - Parameters:
    ///   - format: the wrapper to expect.
    ///   - limit: the most decompressed bytes accepted for the whole input.
    package init(format: Format, limit: Int) {
        self.format = format
        self.limit = limit
        switch format {
        case .gzip: phase = .gzipHeader
        case .zlib: phase = .zlibHeader
        case .deflate: phase = .startDeflate
        }
    }

    /// Decodes the next chunk of compressed bytes, appending decompressed bytes to `output`.
    ///
    /// - Parameters:
    ///   - input: the next compressed bytes.
    ///   - output: receives the decompressed bytes; on an error it holds everything decoded before it.
    ///   - outputBudget: stop using input once this many bytes (at least 1) were appended; up to 128 KiB more may
    ///     come. A 64 KiB chunk can inflate to 66 MB: a budget keeps each call's output small.
    /// - Returns: how many bytes of `input` were used: all of them, unless the budget stopped decoding first (then
    ///   feed the rest again).
    /// - Throws: `InflateError` with its offset in the whole compressed input.
    @discardableResult
    package mutating func feed(_ input: some Collection<UInt8>, into output: inout [UInt8], outputBudget: Int = .max)
        throws(InflateError) -> Int
    {
        try process(
            input, final: false, into: &output, stop: output.count + min(max(1, outputBudget), .max - output.count))
    }

    /// Ends the input: a stream cut short is an error.
    ///
    /// - Parameter output: receives the last decompressed bytes.
    /// - Throws: `InflateError` (`truncated` when the input ended inside a member or stream).
    package mutating func finish(into output: inout [UInt8]) throws(InflateError) {
        _ = try process(EmptyCollection(), final: true, into: &output, stop: .max)
    }

    // MARK: - Phases

    private enum Phase: Sendable, Equatable {
        case gzipHeader
        case zlibHeader
        /// The header is read; the DEFLATE data starts at the next byte.
        case startDeflate
        case deflate
        case gzipTrailer
        case zlibTrailer
        /// A gzip member ended: another member, zero padding or the end may follow.
        case afterMember
        /// Zero bytes after the last gzip member.
        case padding
        /// The zlib or DEFLATE stream ended: nothing may follow.
        case finished
    }

    /// How far a gzip header has been read.
    private struct GzipHeader: Sendable {
        enum Field: Sendable, Equatable {
            case fixed
            case extraLength
            case extra(remaining: Int)
            case name
            case comment
            case headerCRC
        }

        var field = Field.fixed
        var flags: UInt8 = 0
        var crc = CRC32()
    }

    /// Decodes `input` until it is used up or `output.count` reaches `stop`.
    ///
    /// - Returns: how many bytes of `input` were used.
    private mutating func process(
        _ input: some Collection<UInt8>, final: Bool, into output: inout [UInt8], stop: Int
    ) throws(InflateError) -> Int {
        if let failure { throw failure }
        var outcome: Result<Int, InflateError> = .success(0)
        let contiguous: Void? = input.withContiguousStorageIfAvailable { chunk in
            outcome = Result { () throws(InflateError) -> Int in
                try consume(chunk, final: final, into: &output, stop: stop)
            }
        }
        if contiguous == nil {
            let copy = Array(input)
            outcome = Result { () throws(InflateError) -> Int in
                try copy.withUnsafeBufferPointer { (chunk) throws(InflateError) -> Int in
                    try consume(chunk, final: final, into: &output, stop: stop)
                }
            }
        }
        if case .failure(let error) = outcome { failure = error }
        return try outcome.get()
    }

    private mutating func consume(
        _ input: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8], stop: Int
    ) throws(InflateError) -> Int {
        var index = 0
        while true {
            switch phase {
            case .startDeflate:
                deflateStart = inputCount
                memberOutputStart = outputCount
                inflater.reset(limit: max(0, limit - outputCount))
                crc = CRC32()
                adler = Adler32()
                phase = .deflate
            case .deflate:
                let before = output.count
                let used: Int
                do throws(InflateError) {
                    used = try inflater.feed(
                        UnsafeBufferPointer(rebasing: input[index...]), final: final, into: &output,
                        outputBudget: max(1, stop - output.count))
                } catch {
                    account(output, from: before)
                    inputCount = deflateStart + inflater.inputCount
                    throw error.kind == .tooLarge
                        ? InflateError(
                            .tooLarge, offset: error.offset + deflateStart,
                            "inflated size exceeds \(limit) bytes (gzip bomb?)")
                        : error.shifted(by: deflateStart)
                }
                account(output, from: before)
                index += used
                inputCount = deflateStart + inflater.inputCount
                guard inflater.isFinished else { return index }
                phase = format == .gzip ? .gzipTrailer : format == .zlib ? .zlibTrailer : .finished
                let ahead = inflater.takeReadAhead()
                if !ahead.isEmpty {
                    // At most 7 bytes, all of them trailer (or an error): no decoding, nothing to stop.
                    _ = try ahead.withUnsafeBufferPointer { (bytes) throws(InflateError) -> Int in
                        try consume(bytes, final: false, into: &output, stop: .max)
                    }
                }
            default:
                guard index < input.count else {
                    if final { try end() }
                    return index
                }
                try step(input[index])
                index += 1
                inputCount += 1
            }
        }
    }

    /// Adds the bytes appended to `output` since `start` to the checksums and counts.
    private mutating func account(_ output: [UInt8], from start: Int) {
        guard output.count > start else { return }
        let added = output[start...]
        switch format {
        case .gzip: crc.update(added)
        case .zlib: adler.update(added)
        case .deflate: break
        }
        outputCount += added.count
    }

    /// Reads one wrapper byte at offset `inputCount`.
    private mutating func step(_ byte: UInt8) throws(InflateError) {
        switch phase {
        case .gzipHeader: try gzipHeaderStep(byte)
        case .zlibHeader:
            if held.isEmpty { heldStart = inputCount }
            held.append(byte)
            guard held.count == 2 else { return }
            let (cmf, flg) = (held[0], held[1])
            held = []
            guard cmf & 0x0F == 8, cmf >> 4 <= 7 else {
                throw InflateError(
                    .corrupt, offset: heldStart,
                    "zlib compression method must be 8 (deflate) with a window ≤ 32 KiB")
            }
            guard (Int(cmf) << 8 | Int(flg)) % 31 == 0 else {
                throw InflateError(.corrupt, offset: heldStart + 1, "the zlib header check bits are wrong")
            }
            guard flg & 0x20 == 0 else {
                throw InflateError(
                    .unsupported, offset: heldStart + 1, "zlib streams with a preset dictionary are not supported")
            }
            phase = .startDeflate
        case .gzipTrailer:
            if held.isEmpty { heldStart = inputCount }
            held.append(byte)
            guard held.count == 8 else { return }
            let stored = Self.littleEndian32(held, 0)
            let size = Self.littleEndian32(held, 4)
            held = []
            guard stored == crc.value else {
                throw InflateError(
                    .checksum, offset: heldStart,
                    "CRC-32 mismatch: the trailer says \(Self.hex32(stored)), the data gives \(Self.hex32(crc.value))")
            }
            let produced = outputCount - memberOutputStart
            guard size == UInt32(truncatingIfNeeded: produced) else {
                throw InflateError(
                    .checksum, offset: heldStart + 4,
                    "size mismatch: the trailer says \(size) bytes, the data has \(produced)")
            }
            phase = .afterMember
        case .zlibTrailer:
            if held.isEmpty { heldStart = inputCount }
            held.append(byte)
            guard held.count == 4 else { return }
            let stored = UInt32(held[0]) << 24 | UInt32(held[1]) << 16 | UInt32(held[2]) << 8 | UInt32(held[3])
            held = []
            guard stored == adler.value else {
                throw InflateError(
                    .checksum, offset: heldStart,
                    "Adler-32 mismatch: the stream says \(Self.hex32(stored)), the data gives "
                        + Self.hex32(adler.value))
            }
            phase = .finished
        case .afterMember:
            if byte == 0x1F {
                phase = .gzipHeader
                try gzipHeaderStep(byte)
            } else if byte == 0 {
                phase = .padding
            } else {
                throw InflateError(.corrupt, offset: inputCount, "unexpected data after the end of the gzip stream")
            }
        case .padding:
            guard byte == 0 else {
                throw InflateError(
                    .corrupt, offset: inputCount, "unexpected data after the zero padding that ends the gzip stream")
            }
        case .finished:
            throw InflateError(
                .corrupt, offset: inputCount,
                "unexpected data after the end of the \(format == .zlib ? "zlib" : "DEFLATE") stream")
        case .startDeflate, .deflate:
            break
        }
    }

    /// Reads one byte of a gzip member header.
    private mutating func gzipHeaderStep(_ byte: UInt8) throws(InflateError) {
        if header.field != .headerCRC { header.crc.update(CollectionOfOne(byte)) }
        switch header.field {
        case .fixed:
            if held.isEmpty { heldStart = inputCount }
            held.append(byte)
            switch held.count {
            case 1, 2:
                guard byte == (held.count == 1 ? 0x1F : 0x8B) else {
                    throw members == 0
                        ? InflateError(.corrupt, offset: heldStart, "expected the gzip magic 1F 8B")
                        : InflateError(
                            .corrupt, offset: heldStart, "unexpected data after the end of the gzip stream")
                }
                if held.count == 2 { members += 1 }
            case 3:
                guard byte == 8 else {
                    throw InflateError(
                        .unsupported, offset: inputCount, "gzip compression method \(byte) is not deflate (8)")
                }
            case 4:
                guard byte & 0xE0 == 0 else {
                    throw InflateError(.corrupt, offset: inputCount, "reserved gzip flag bits are set")
                }
                header.flags = byte
            case 10:
                held = []
                nextHeaderField(after: .fixed)
            default:
                break
            }
        case .extraLength:
            held.append(byte)
            guard held.count == 2 else { return }
            let length = Int(held[0]) | Int(held[1]) << 8
            held = []
            if length == 0 {
                nextHeaderField(after: .extra(remaining: 0))
            } else {
                header.field = .extra(remaining: length)
            }
        case .extra(let remaining):
            if remaining > 1 {
                header.field = .extra(remaining: remaining - 1)
            } else {
                nextHeaderField(after: header.field)
            }
        case .name, .comment:
            if byte == 0 { nextHeaderField(after: header.field) }
        case .headerCRC:
            if held.isEmpty { heldStart = inputCount }
            held.append(byte)
            guard held.count == 2 else { return }
            let stored = UInt16(held[0]) | UInt16(held[1]) << 8
            held = []
            let computed = UInt16(truncatingIfNeeded: header.crc.value)
            guard stored == computed else {
                throw InflateError(
                    .checksum, offset: heldStart,
                    "gzip header CRC mismatch: the header says \(Self.hex16(stored)), its bytes give "
                        + Self.hex16(computed))
            }
            nextHeaderField(after: .headerCRC)
        }
    }

    /// Moves to the header field that follows `field` given the flags (FEXTRA, FNAME, FCOMMENT, FHCRC), or to the
    /// DEFLATE data.
    private mutating func nextHeaderField(after field: GzipHeader.Field) {
        let order: [(flag: UInt8, field: GzipHeader.Field)] = [
            (0x04, .extraLength), (0x08, .name), (0x10, .comment), (0x02, .headerCRC),
        ]
        let position: Int =
            switch field {
            case .fixed: 0
            case .extraLength, .extra: 1
            case .name: 2
            case .comment: 3
            case .headerCRC: 4
            }
        if let next = order[position...].first(where: { header.flags & $0.flag != 0 }) {
            header.field = next.field
        } else {
            header = GzipHeader()
            phase = .startDeflate
        }
    }

    /// Checks that the input may end here.
    private mutating func end() throws(InflateError) {
        switch phase {
        case .gzipHeader:
            let message =
                switch header.field {
                case .extraLength, .extra: "the gzip extra field is cut short"
                default: "the gzip header is cut short"
                }
            throw InflateError(.truncated, offset: inputCount, message)
        case .zlibHeader:
            throw InflateError(.truncated, offset: inputCount, "the zlib header is cut short")
        case .gzipTrailer:
            throw InflateError(
                .truncated, offset: inputCount, "the gzip stream ends before its CRC-32 and size trailer")
        case .zlibTrailer:
            throw InflateError(.truncated, offset: inputCount, "the zlib stream ends before its Adler-32 checksum")
        case .startDeflate, .deflate, .afterMember, .padding, .finished:
            break
        }
    }

    private static func littleEndian32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    /// `value` as `0x` and four upper-case hex digits.
    static func hex16(_ value: UInt16) -> String {
        "0x" + hex32(UInt32(value)).suffix(4)
    }

    /// `value` as `0x` and eight upper-case hex digits.
    static func hex32(_ value: UInt32) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - text.count)) + text
    }
}
