// libFuzzer target: the capture reader, every container format.
//
// The same input is read whole and fed in chunks (sizes drawn from the input itself); the reader
// promises the results do not depend on how the input is cut. Forced `.json` and `.lines`
// formats and small limits (join window, inflate cap, document size) are exercised as well.

import Foundation
import FuzzSupport
import StreamContracts
import StreamJSON

/// Touches what a user of each result reads.
func inspect(_ documents: [CapturedDocument], count: Int) {
    for captured in documents {
        _ = captured.description
        _ = captured.container
        require(captured.location.offset >= 0 && captured.location.offset <= count,
                "document at \(captured.location) outside input of \(count) bytes")
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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = CaptureReader.documents(in: bytes, source: "fuzz")
    inspect(whole, count: bytes.count)

    // Chunk sizes 1…16 taken from the last bytes, so the fuzzer can steer the cuts.
    let sizes = bytes.suffix(4).map { Int($0 & 0x0F) + 1 }
    let pieces = chunked(bytes, sizes: sizes, options: .init())
    require(pieces == whole, "chunked reading (sizes \(sizes)) differs: \(difference(whole, pieces))")

    let small = CaptureReaderOptions(
        joinWindowLines: 3, joinWindowBytes: 256, inflateLimit: 4_096, maximumDocumentBytes: 512,
        parsing: JSONParsingOptions(maximumDepth: 8))
    for format in [CaptureReaderOptions.Format.json, .lines] {
        var options = small
        options.format = format
        let documents = CaptureReader.documents(in: bytes, source: "fuzz", options: options)
        inspect(documents, count: bytes.count)
    }
    var options = small
    options.format = .automatic
    let smallWhole = CaptureReader.documents(in: bytes, source: "fuzz", options: options)
    let smallPieces = chunked(bytes, sizes: sizes.reversed(), options: options)
    require(smallPieces == smallWhole,
            "chunked reading with small limits (sizes \(Array(sizes.reversed()))) differs: \(difference(smallWhole, smallPieces))")
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_capture_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
