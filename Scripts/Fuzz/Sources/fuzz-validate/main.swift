// libFuzzer target: the full contract validator (capture reader, schemas, semantic rules).
//
// If the first byte is a control character other than tab, line feed, vertical tab, form feed or
// carriage return, it picks a kind to force (`--kind`), and the rest is the capture; an odd last
// byte then also switches on `--strict`. Otherwise the whole input is validated with kinds detected.
// Every report is rendered in every output format; the JSON report must parse. The verdicts are also
// streamed through `ReportWriter` one by one, as `stream-fixtures validate` writes them (other JSON
// values listed when the last byte's second bit is set, as `--list-other` does): each format's output
// and the summary must be those of the whole report.

import Foundation
import FuzzSupport
import StreamContracts
import StreamJSON

/// Validators built once: detection, and one per forced kind (plain and strict).
struct Validators {
    let detecting: ContractValidator
    let forced: [ContractValidator]
    let forcedStrict: [ContractValidator]

    init() {
        do {
            let detecting = try ContractValidator()
            self.detecting = detecting
            forced = try detecting.kinds.map { kind throws in try ContractValidator(options: .init(kind: kind)) }
            forcedStrict = try detecting.kinds.map { kind throws in
                try ContractValidator(options: .init(strict: true, kind: kind))
            }
        } catch {
            fail("fuzz-validate: the embedded schemas do not compile: \(error)")
        }
    }
}

let validators = Validators()

/// Renders a report as the CLI does; the JSON form must be valid JSON.
func render(_ report: ValidationReport) {
    _ = report.summary
    for format in ReportFormat.allCases {
        let text = format.render(report, colors: format == .text)
        if format == .json {
            do {
                _ = try JSONDocument(parsing: text)
            } catch {
                fail("fuzz-validate: the JSON report does not parse: \(error)")
            }
        }
        if format == .html, let element = foreignElement(in: text) {
            fail("fuzz-validate: captured text became markup in the HTML report: <\(element)")
        }
    }
}

/// The elements the HTML report writes itself; any other tag in it was injected by captured text.
let htmlElements: Set<String> = [
    "html", "head", "meta", "link", "title", "style", "body", "div", "section", "h1", "h2", "article", "header",
    "span", "code", "pre", "ul", "li", "p", "mark", "table", "caption", "tr", "th", "td", "figure", "figcaption",
    "svg", "text", "rect", "form", "label", "select", "option", "input", "output", "script", "!DOCTYPE",
]

/// The first tag name in `html` that the report does not write, if any.
func foreignElement(in html: String) -> String? {
    var scalars = html.unicodeScalars[...]
    while let open = scalars.firstIndex(of: "<") {
        scalars = scalars[scalars.index(after: open)...]
        if scalars.first == "/" { scalars = scalars.dropFirst() }
        let name = String(
            String.UnicodeScalarView(
                scalars.prefix { $0 == "!" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
        if !htmlElements.contains(name) { return name }
    }
    return nil
}

/// Streams the verdicts through `ReportWriter`, as the CLI does, and compares each format's output and summary
/// with the whole report's.
func checkStreaming(_ validator: ContractValidator, _ bytes: [UInt8], listingOther: Bool) {
    let report = validator.validate(capture: bytes, source: "fuzz", listingOther: listingOther)
    let verdicts = CaptureReader.documents(in: bytes, source: "fuzz", options: validator.options.capture)
        .map { validator.validate($0) }
    for format in ReportFormat.allCases {
        var streamed = ""
        var writer = ReportWriter(format: format, listsOther: listingOther) { streamed += $0 }
        for verdict in verdicts { writer.add(verdict) }
        let summary = writer.finish()
        require(summary == report.summary, "fuzz-validate: \(format) streamed summary \(summary) != \(report.summary)")
        let whole = format.render(report)
        require(streamed == whole, "fuzz-validate: \(format) streamed output differs:\n\(streamed)\nwhole:\n\(whole)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let listingOther = (bytes.last ?? 0) & 2 == 2
    guard let first = bytes.first, first < 0x20, !(0x09...0x0D).contains(first), !validators.forced.isEmpty else {
        render(validators.detecting.validate(capture: bytes, source: "fuzz"))
        checkStreaming(validators.detecting, bytes, listingOther: listingOther)
        return 0
    }
    let index = Int(first) % validators.forced.count
    let strict = (bytes.last ?? 0) & 1 == 1
    let validator = strict ? validators.forcedStrict[index] : validators.forced[index]
    let capture = Array(bytes.dropFirst())
    render(validator.validate(capture: capture, source: "fuzz"))
    checkStreaming(validator, capture, listingOther: listingOther)
    return 0
}

/// The program's entry point (SwiftPM aliases `main` to it): libFuzzer with `fuzz` as the target.
@_cdecl("fuzz_validate_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Compile the schemas (3 × every kind) before the first unit, so it is not timed.
    _ = validators.forced.count
    return runFuzzer(argc, argv, fuzz)
}
