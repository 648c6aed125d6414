import Foundation

/// stream-fixtures-bench: the measurements behind Benchmarks/run. Build it in release mode.
///
///     stream-fixtures-bench validate FILE.jsonl [--repetitions N]   parse, parse+schema, full validate
///     stream-fixtures-bench validate FILE.jsonl --schemas DIR         (Schemas/ for the parse+schema rows)
///     stream-fixtures-bench generate --cli PATH [--scale N] [--repetitions N]   generation per kind, via the CLI
let arguments = Array(CommandLine.arguments.dropFirst())
func text(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return Int(arguments[index + 1]) ?? value
}

do {
    switch arguments.first {
    case "validate" where arguments.count >= 2:
        try ValidationBenchmarks.run(
            file: arguments[1], schemas: text("--schemas") ?? "Schemas",
            repetitions: option("--repetitions", default: 3))
    case "generate" where text("--cli") != nil:
        try GenerationBenchmarks.run(
            cli: text("--cli") ?? "", scale: option("--scale", default: 1),
            repetitions: option("--repetitions", default: 3))
    default:
        FileHandle.standardError.write(
            Data(
                "usage: stream-fixtures-bench validate FILE.jsonl [--schemas DIR] [--repetitions N] | generate --cli PATH [--scale N] [--repetitions N]\n"
                    .utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
