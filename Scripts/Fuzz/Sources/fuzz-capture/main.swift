// libFuzzer target: the capture reader, every container format.
//
// The same input is read whole and fed in chunks (sizes drawn from the input itself); the reader
// promises the results do not depend on how the input is cut. Forced `.json` and `.lines`
// formats and small limits (join window, inflate caps, document size) are exercised as well.
// An input the reader decodes first (gzip, zlib, a UTF-16 or UTF-8 byte order mark) is also fed
// in pieces of 1, 2 and 3 bytes, so a cut falls inside every gzip header and trailer and inside
// every UTF-16 surrogate pair, whatever the input's last bytes say.

import Foundation
import FuzzSupport
import StreamContracts
import StreamJSON

/// The largest offset a result may have: the input's size, or, behind the decoding layers that lead its
/// containers (locations then count in the decoded text), the most those layers can make of the input: the
/// inflate limit for the whole input, and 3 UTF-8 bytes for each 2 bytes of UTF-16.
func offsetBound(_ captured: CapturedDocument, count: Int, options: CaptureReaderOptions) -> Int {
    let layers = captured.containers.prefix { $0 == .gzip || $0 == .zlib || $0 == .utf16 }
    var bound = layers.contains(.gzip) || layers.contains(.zlib) ? max(count, options.inputInflateLimit) : count
    if layers.contains(.utf16) { bound = bound / 2 * 3 + 3 }
    return bound
}

/// Touches what a user of each result reads.
func inspect(_ documents: [CapturedDocument], count: Int, options: CaptureReaderOptions = .init()) {
    for captured in documents {
        _ = captured.description
        _ = captured.container
        let bound = offsetBound(captured, count: count, options: options)
        require(
            captured.location.offset >= 0 && captured.location.offset <= bound,
            "document at \(captured.location) outside input of \(count) bytes (\(bound) once decoded)")
        if let document = captured.document {
            _ = captured.sourceLocation(of: document.root.location)
            _ = document.root.value
        }
        if let problem = captured.unreadable { _ = problem.message }
    }
}

/// The first result two readings disagree on, for the failure message.
func difference(_ left: [CapturedDocument], _ right: [CapturedDocument]) -> String {
    for index in 0..<max(left.count, right.count) {
        let one = index < left.count ? "\(left[index])" : "nothing"
        let other = index < right.count ? "\(right[index])" : "nothing"
        if index >= left.count || index >= right.count || left[index] != right[index] {
            return "result \(index): whole input gives \(one); chunked gives \(other)"
        }
    }
    return "no difference"
}

/// Feeds `bytes` in chunks whose sizes come from `sizes`, cycling.
func chunked(_ bytes: [UInt8], sizes: [Int], options: CaptureReaderOptions) -> [CapturedDocument] {
    var reader = CaptureReader(source: "fuzz", options: options)
    var out: [CapturedDocument] = []
    var start = 0
    var turn = 0
    while start < bytes.count {
        let size = sizes.isEmpty ? 1 : sizes[turn % sizes.count]
        let end = min(bytes.count, start + size)
        out += reader.feed(bytes[start..<end])
        start = end
        turn += 1
    }
    out += reader.finish()
    return out
}

/// Whether the input starts like one the reader decodes before reading: gzip, zlib, or a byte order mark.
func isEncoded(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 2 else { return false }
    switch (bytes[0], bytes[1]) {
    case (0x1F, 0x8B), (0xFF, 0xFE), (0xFE, 0xFF): return true
    case (0xEF, 0xBB): return bytes.count >= 3 && bytes[2] == 0xBF
    default:
        // A zlib header: deflate method, and the two bytes a multiple of 31 (RFC 1950).
        return bytes[0] & 0x0F == 8 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = CaptureReader.documents(in: bytes, source: "fuzz")
    inspect(whole, count: bytes.count)

    // Chunk sizes 1…16 taken from the last bytes, so the fuzzer can steer the cuts.
    let sizes = bytes.suffix(4).map { Int($0 & 0x0F) + 1 }
    let pieces = chunked(bytes, sizes: sizes, options: .init())
    require(pieces == whole, "chunked reading (sizes \(sizes)) differs: \(difference(whole, pieces))")
    if isEncoded(bytes) {
        // Cuts at offsets 1, 3 and 0 modulo 6: every 4-byte surrogate pair at an even offset is split.
        let fine = chunked(bytes, sizes: [1, 2, 3], options: .init())
        require(fine == whole, "chunked reading (sizes [1, 2, 3]) differs: \(difference(whole, fine))")
    }

    let small = CaptureReaderOptions(
        joinWindowLines: 3, joinWindowBytes: 256, inflateLimit: 4_096, inputInflateLimit: 8_192,
        maximumDocumentBytes: 512,
        parsing: JSONParsingOptions(maximumDepth: 8))
    for format in [CaptureReaderOptions.Format.json, .lines] {
        var options = small
        options.format = format
        let documents = CaptureReader.documents(in: bytes, source: "fuzz", options: options)
        inspect(documents, count: bytes.count, options: options)
    }
    var options = small
    options.format = .automatic
    let smallWhole = CaptureReader.documents(in: bytes, source: "fuzz", options: options)
    inspect(smallWhole, count: bytes.count, options: options)
    let smallPieces = chunked(bytes, sizes: sizes.reversed(), options: options)
    require(
        smallPieces == smallWhole,
        "chunked reading with small limits (sizes \(Array(sizes.reversed()))) differs: \(difference(smallWhole, smallPieces))"
    )
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_capture_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
