/// The top-level command: dispatches to subcommands.
enum StreamFixturesCommand {
    static let version = "0.1.0"

    static let usage = """
        USAGE: stream-fixtures <command> [options]

        Commands:
          validate   Validate captured payloads (JSON, JSON Lines, CloudWatch Logs exports) or check
                     documents against a JSON Schema (--schema).
          rules      List the semantic rules: id, severity, kinds, reason and its source
                     (--format text|markdown).
          generate   Generate realistic, seeded payloads of any kind as canonical JSON.
          schema     List the payload kinds, or print the JSON Schema of one.
          report     Merge the JSON Lines reports of parts of a run into one report (report merge).
          filter     Print which records of captured events a mapping's filter criteria deliver.
          snapshot   Regenerate the fixtures of Fixtures/fixtures.json, or --check that they match.
          extract    Turn the payloads of captures into fixture files, optionally redacted (--redact).
          --version  Print the version.
          --help     Print this help.

        Run 'stream-fixtures <command> --help' for a command's options.

        """

    /// Runs the command line and returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            Console.error(usage)
            return Console.usage
        }
        do {
            switch command {
            case "--version", "-V":
                Console.out("stream-fixtures \(version)\n")
                return Console.ok
            case "--help", "-h", "help":
                Console.out(usage)
                return Console.ok
            case "generate":
                return try GenerateCommand.run(Array(arguments.dropFirst()))
            case "schema":
                return try SchemaCommand.run(Array(arguments.dropFirst()))
            case "snapshot":
                return try SnapshotCommand.run(Array(arguments.dropFirst()))
            case "extract":
                return try ExtractCommand.run(Array(arguments.dropFirst()))
            case "rules":
                return try RulesCommand.run(Array(arguments.dropFirst()))
            case "report":
                return try ReportCommand.run(Array(arguments.dropFirst()))
            case "validate":
                return try ValidateCommand.run(Array(arguments.dropFirst()))
            case "filter":
                return try FilterCommand.run(Array(arguments.dropFirst()))
            default:
                throw UsageError("unknown command '\(command)'")
            }
        } catch {
            Console.error("error: \(error)\n\n\(usage)")
            return Console.usage
        }
    }
}
