import Foundation

/// stream-fixtures: generate, validate and snapshot AWS Lambda stream events.
///
/// The executable only parses arguments and prints; the work is done by the libraries.
let status = StreamFixturesCommand.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
