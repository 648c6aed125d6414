import Foundation

/// stream-fixtures-bench: the measurements behind Benchmarks/run. Build it in release mode.
///
///     stream-fixtures-bench validate FILE.jsonl [--repetitions N]   parse, parse+schema, full validate
///     stream-fixtures-bench generate [--scale N] [--repetitions N]    generation + serialisation per kind
let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return Int(arguments[index + 1]) ?? value
}

do {
    switch arguments.first {
    case "validate" where arguments.count >= 2:
        try ValidationBenchmarks.run(file: arguments[1], repetitions: option("--repetitions", default: 3))
    case "generate":
        try GenerationBenchmarks.run(scale: option("--scale", default: 1), repetitions: option("--repetitions", default: 3))
    default:
        FileHandle.standardError.write(Data("usage: stream-fixtures-bench validate FILE.jsonl [--repetitions N]\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
