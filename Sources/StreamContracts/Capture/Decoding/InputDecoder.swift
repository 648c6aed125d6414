/// The first layer a capture input goes through: it finds from the content (never the file name) whether the
/// input is compressed or UTF-16 and hands out plain UTF-8 bytes, chunk by chunk with flat memory.
///
/// Captures come as CloudWatch Logs S3 exports (`000000.gz`, one gzip member of 100 MB and more), Firehose S3
/// objects (several gzip members back to back), zlib, or text saved by Windows tools as UTF-16. The first bytes
/// decide:
/// - `1F 8B`: gzip, every member; `78 01`, `78 5E`, `78 9C`, `78 DA`: zlib (a text starting with "x^" would be
///   taken for zlib, and then fail with a `corrupt` failure that names it);
/// - then, on the decompressed bytes (or the input itself): `FF FE` UTF-16LE or `FE FF` UTF-16BE, transcoded to
///   UTF-8 (unpaired surrogates become U+FFFD and are counted, see ``replacementCount``); `EF BB BF` is noted and
///   passed on (the capture reader skips it, so byte offsets stay those of the file);
/// - anything else passes through unchanged.
///
/// A compressed layer that fails (corrupt, cut short, a checksum, the inflate limit) hands out what it decoded
/// before the failure and nothing after; ``failure`` names it. Every input byte is either decoded, part of a layer
/// (a header, a byte-order mark) or covered by the failure.
///
/// ```swift
/// var decoder = InputDecoder(inflateLimit: InputDecoder.defaultInflateLimit)
/// for chunk in chunks { decoder.feed(chunk) { piece in scanner.feed(piece) } }
/// scanner.feed(decoder.finish())
/// if let failure = decoder.failure { report(failure) }
/// ```
package struct InputDecoder: Sendable {
    /// The default cap on the decompressed size of a whole input: 1 GiB (2–3 s of decompression here; a larger
    /// export needs a larger limit).
    package static let defaultInflateLimit = 1 << 30
    /// About how many decoded bytes ``feed(_:pieces:)`` hands out at a time: 256 KiB.
    package static let pieceSize = 1 << 18

    /// The most decompressed bytes accepted for the whole input.
    package let inflateLimit: Int
    /// Why decompression stopped early, if it did.
    package private(set) var failure: InputDecodingFailure?
    /// Compressed (or raw) input bytes fed so far.
    package private(set) var inputCount = 0
    /// Decoded bytes handed out so far.
    package private(set) var outputCount = 0

    private var outer = Outer.undecided([])
    private var text = Text.undecided([])
    private var textLayer: InputEncoding?
    private var isFinished = false

    /// Creates a decoder for one input.
    ///
    /// - Parameter inflateLimit: the most decompressed bytes accepted for the whole input (all gzip members);
    ///   a bomb ends in a `tooLarge` failure.
    package init(inflateLimit: Int = defaultInflateLimit) {
        self.inflateLimit = inflateLimit
    }

    /// The layers found, outermost first, e.g. `[.gzip(members: 3), .utf16LittleEndian]`; empty for plain input.
    package var layers: [InputEncoding] {
        var layers: [InputEncoding] = []
        if case .compressed(let stream) = outer {
            layers.append(stream.format == .gzip ? .gzip(members: stream.members) : .zlib)
        }
        if let textLayer { layers.append(textLayer) }
        return layers
    }

    /// How many unpaired UTF-16 surrogates (or odd last bytes) were replaced by U+FFFD.
    package var replacementCount: Int {
        if case .utf16(let transcoder) = text { return transcoder.replacements }
        return 0
    }

    /// The offset of the first replaced code unit, counted in the UTF-16 text (the decompressed bytes when the
    /// input was compressed), byte-order mark included.
    package var firstReplacementOffset: Int? {
        if case .utf16(let transcoder) = text { return transcoder.firstReplacementOffset }
        return nil
    }

    /// Decodes the next chunk of input.
    ///
    /// The first bytes are held until there are enough to decide on the layers (2 for compression, 3 for a
    /// byte-order mark), so the first calls may return nothing. A compressed chunk can decode to a thousand times
    /// its size; ``feed(_:pieces:)`` hands such output out in pieces instead of one array.
    ///
    /// - Parameter chunk: the next input bytes.
    /// - Returns: the decoded bytes ready so far (nothing once a failure is recorded).
    package mutating func feed(_ chunk: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        feed(chunk) { piece in output.append(contentsOf: piece) }
        return output
    }

    /// Decodes the next chunk of input, handing the decoded bytes to `body` in pieces of about ``pieceSize``
    /// bytes (at most 128 KiB more), so that memory stays flat however much the chunk inflates to.
    ///
    /// Once the input is known to be plain UTF-8, a chunk is handed out as it is, from its own storage: the bytes
    /// are not copied on their way to the reader.
    ///
    /// - Parameters:
    ///   - chunk: the next input bytes.
    ///   - body: called with each piece of decoded bytes, in order (never with an empty one); a piece is valid
    ///     only during the call.
    package mutating func feed(
        _ chunk: some Collection<UInt8>, pieces body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard !isFinished else { return }
        inputCount += chunk.count
        switch outer {
        case .undecided(var held):
            held.append(contentsOf: chunk)
            guard held.count >= 2 else {
                outer = .undecided(held)
                return
            }
            decideOuter(held, pieces: body)
        case .plain:
            if case .plain = text {
                guard !chunk.isEmpty else { return }
                outputCount += chunk.count
                if chunk.withContiguousStorageIfAvailable(body) == nil { Array(chunk).withUnsafeBufferPointer(body) }
                return
            }
            var output: [UInt8] = []
            pushText(chunk, into: &output)
            deliver(output, to: body)
        case .compressed(var stream):
            outer = .inUse
            decompress(&stream, chunk, pieces: body)
            outer = .compressed(stream)
        case .inUse:
            break
        }
    }

    /// Ends the input.
    ///
    /// - Returns: the last decoded bytes.
    package mutating func finish() -> [UInt8] {
        guard !isFinished else { return [] }
        isFinished = true
        var output: [UInt8] = []
        if case .undecided(let held) = outer {
            // Fewer than 2 bytes: too short for a compression header.
            outer = .plain
            pushText(held, into: &output)
        }
        if case .compressed(var stream) = outer, failure == nil {
            outer = .inUse
            var inflated: [UInt8] = []
            do throws(InflateError) {
                try stream.finish(into: &inflated)
            } catch {
                fail(error, stream, inflated, into: &output)
                inflated = []
            }
            pushText(inflated, into: &output)
            outer = .compressed(stream)
        }
        finishText(into: &output)
        outputCount += output.count
        return output
    }

    // MARK: - Compression

    private enum Outer: Sendable {
        case undecided([UInt8])
        case plain
        case compressed(CompressedStream)
        /// Only while the stream is taken out to be fed (so that feeding it does not copy it).
        case inUse
    }

    private mutating func decideOuter(_ held: [UInt8], pieces body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if held.count >= 2, held[0] == 0x1F, held[1] == 0x8B {
            var stream = CompressedStream(format: .gzip, limit: inflateLimit)
            decompress(&stream, held, pieces: body)
            outer = .compressed(stream)
        } else if held.count >= 2, held[0] == 0x78, [0x01, 0x5E, 0x9C, 0xDA].contains(held[1]) {
            var stream = CompressedStream(format: .zlib, limit: inflateLimit)
            decompress(&stream, held, pieces: body)
            outer = .compressed(stream)
        } else {
            outer = .plain
            var output: [UInt8] = []
            pushText(held, into: &output)
            deliver(output, to: body)
        }
    }

    /// Feeds `chunk` to `stream` with an output budget of ``pieceSize``, again and again until it is used up,
    /// handing out each piece.
    private mutating func decompress(
        _ stream: inout CompressedStream, _ chunk: some Collection<UInt8>,
        pieces body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard failure == nil else { return }
        let done: Void? = chunk.withContiguousStorageIfAvailable { decompress(&stream, $0, pieces: body) }
        if done == nil { Array(chunk).withUnsafeBufferPointer { decompress(&stream, $0, pieces: body) } }
    }

    private mutating func decompress(
        _ stream: inout CompressedStream, _ chunk: UnsafeBufferPointer<UInt8>,
        pieces body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var used = 0
        repeat {
            var inflated: [UInt8] = []
            var output: [UInt8] = []
            do throws(InflateError) {
                // Each call uses input or hands out at least one byte, so this ends.
                used += try stream.feed(
                    UnsafeBufferPointer(rebasing: chunk[used...]), into: &inflated, outputBudget: Self.pieceSize)
            } catch {
                fail(error, stream, inflated, into: &output)
                deliver(output, to: body)
                return
            }
            pushText(inflated, into: &output)
            deliver(output, to: body)
        } while used < chunk.count
    }

    /// Counts `piece` as handed out and hands it to `body`, unless it is empty.
    private mutating func deliver(_ piece: [UInt8], to body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !piece.isEmpty else { return }
        outputCount += piece.count
        piece.withUnsafeBufferPointer(body)
    }

    /// Hands out the bytes decoded before `error` (nothing follows them, so the text layer ends with them) and
    /// records the failure.
    private mutating func fail(
        _ error: InflateError, _ stream: CompressedStream, _ inflated: [UInt8], into output: inout [UInt8]
    ) {
        pushText(inflated, into: &output)
        finishText(into: &output)
        let isGzip = stream.format == .gzip
        failure = InputDecodingFailure(
            kind: error.kind, layer: isGzip ? .gzip(members: stream.members) : .zlib, offset: error.offset,
            member: isGzip ? stream.members : nil, message: error.message,
            decodedByteCount: outputCount + output.count)
    }

    // MARK: - Text encoding

    private enum Text: Sendable {
        case undecided([UInt8])
        case plain
        case utf16(UTF16Transcoder)
    }

    private mutating func pushText(_ bytes: some Collection<UInt8>, into output: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        switch text {
        case .undecided(var held):
            held.append(contentsOf: bytes)
            guard held.count >= 3 else {
                text = .undecided(held)
                return
            }
            decideText(held, into: &output)
        case .plain:
            output.append(contentsOf: bytes)
        case .utf16(var transcoder):
            text = .plain
            transcode(&transcoder, bytes, into: &output)
            text = .utf16(transcoder)
        }
    }

    private mutating func decideText(_ held: [UInt8], into output: inout [UInt8]) {
        if held.count >= 2, held[0] == 0xFF || held[0] == 0xFE, held[1] == held[0] ^ 0x01 {
            let bigEndian = held[0] == 0xFE
            textLayer = bigEndian ? .utf16BigEndian : .utf16LittleEndian
            var transcoder = UTF16Transcoder(bigEndian: bigEndian, offset: 2)
            transcode(&transcoder, held[2...], into: &output)
            text = .utf16(transcoder)
        } else if held.count >= 3, held[0] == 0xEF, held[1] == 0xBB, held[2] == 0xBF {
            textLayer = .utf8ByteOrderMark
            text = .plain
            output.append(contentsOf: held)
        } else {
            text = .plain
            output.append(contentsOf: held)
        }
    }

    private func transcode(
        _ transcoder: inout UTF16Transcoder, _ bytes: some Collection<UInt8>, into output: inout [UInt8]
    ) {
        if bytes.withContiguousStorageIfAvailable({ transcoder.transcode($0, into: &output) }) == nil {
            Array(bytes).withUnsafeBufferPointer { transcoder.transcode($0, into: &output) }
        }
    }

    private mutating func finishText(into output: inout [UInt8]) {
        switch text {
        case .undecided(let held):
            decideText(held, into: &output)
            if case .utf16(var transcoder) = text {
                transcoder.finish(into: &output)
                text = .utf16(transcoder)
            }
        case .plain:
            break
        case .utf16(var transcoder):
            transcoder.finish(into: &output)
            text = .utf16(transcoder)
        }
    }
}
