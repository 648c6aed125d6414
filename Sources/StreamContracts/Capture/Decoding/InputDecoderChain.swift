/// ``InputDecoder`` twice when needed: an input whose decompressed content is gzip again is decoded again.
///
/// A Firehose delivery stream with compression turned on writes gzip objects whose content is the CloudWatch Logs
/// records, themselves gzip members back to back; a re-compressed export looks the same. The chain decodes the
/// outer layer, and when its output starts with the gzip magic, feeds that output to a second decoder. (Only gzip
/// is looked for inside: a text that happens to start like a zlib header is far likelier than zlib inside gzip.)
///
/// ```swift
/// var chain = InputDecoderChain(inflateLimit: 16 << 30)
/// chain.feed(chunk) { piece in scan(piece) }
/// chain.finish { piece in scan(piece) }
/// ```
package struct InputDecoderChain: Sendable {
    private var outer: InputDecoder
    private var inner: InputDecoder?
    /// Output of the outer decoder held until its first two bytes tell whether a second layer follows.
    private var held: [UInt8] = []
    private var innerDecided = false
    private let inflateLimit: Int

    /// Creates a chain whose every layer may inflate to `inflateLimit` bytes.
    package init(inflateLimit: Int = InputDecoder.defaultInflateLimit) {
        self.inflateLimit = inflateLimit
        self.outer = InputDecoder(inflateLimit: inflateLimit)
    }

    /// The layers found, outermost first (e.g. `gzip`, `gzip`, `UTF-16LE`).
    package var layers: [InputEncoding] { outer.layers + (inner?.layers ?? []) }

    /// Why decoding stopped early, if it did (the outer layer's failure first).
    package var failure: InputDecodingFailure? { outer.failure ?? inner?.failure }

    /// Decodes the next chunk of input, handing the decoded bytes to `body` in pieces (see
    /// ``InputDecoder/feed(_:pieces:)``: a piece is valid only during the call).
    package mutating func feed(_ chunk: some Collection<UInt8>, pieces body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var decoder = InputDecoder(inflateLimit: 0)
        swap(&decoder, &outer)
        decoder.feed(chunk) { piece in pass(piece, to: body) }
        swap(&decoder, &outer)
    }

    /// Ends the input; hands the last decoded bytes to `body`.
    package mutating func finish(pieces body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var decoder = InputDecoder(inflateLimit: 0)
        swap(&decoder, &outer)
        let rest = decoder.finish()
        swap(&decoder, &outer)
        if !rest.isEmpty { rest.withUnsafeBufferPointer { pass($0, to: body) } }
        if !innerDecided {
            innerDecided = true
            let bytes = held
            held = []
            if !bytes.isEmpty { bytes.withUnsafeBufferPointer(body) }
        }
        if var decoder = inner {
            let last = decoder.finish()
            inner = decoder
            if !last.isEmpty { last.withUnsafeBufferPointer(body) }
        }
    }

    private mutating func pass(_ piece: UnsafeBufferPointer<UInt8>, to body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard innerDecided else {
            held.append(contentsOf: piece)
            guard held.count >= 2 else { return }
            innerDecided = true
            let bytes = held
            held = []
            // Only reachable for decoded output: a plain input starting so was taken for gzip by the outer decoder.
            if bytes[0] == 0x1F, bytes[1] == 0x8B {
                inner = InputDecoder(inflateLimit: inflateLimit)
            }
            return bytes.withUnsafeBufferPointer { forward($0, to: body) }
        }
        forward(piece, to: body)
    }

    /// Hands decoded bytes to the second layer when there is one, else straight to `body`.
    private mutating func forward(
        _ bytes: UnsafeBufferPointer<UInt8>, to body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard var decoder = inner else { return body(bytes) }
        inner = nil
        decoder.feed(bytes, pieces: body)
        inner = decoder
    }
}
