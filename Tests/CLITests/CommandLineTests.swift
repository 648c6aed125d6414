import Testing

@Suite struct CommandLineTests {
    @Test func versionPrintsNameAndVersionAndExitsZero() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("stream-fixtures "))
    }

    @Test func unknownCommandIsAUsageErrorWithExitCode64() throws {
        let result = try CLIRunner.run(["frobnicate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown command 'frobnicate'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func noArgumentsPrintsUsageToStandardError() throws {
        let result = try CLIRunner.run([])
        #expect(result.status == 64)
        #expect(result.stderr.contains("USAGE: stream-fixtures"))
    }
}

@Suite struct SchemaCommandTests {
    @Test func listNamesEveryContractKindWithItsTitle() throws {
        let result = try CLIRunner.run(["schema", "--list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 26)
        // The longest kind name is not cut by the title column.
        #expect(lines.contains { $0.hasPrefix("dynamodbstreams-describe-stream-response ") })
        #expect(lines.contains { $0.hasPrefix("kinesis-event ") && $0.count > 40 })
    }

    @Test func kindPrintsTheSchemaFileByteForByte() throws {
        let result = try CLIRunner.run(["schema", "dynamodb-event"])
        #expect(result.status == 0)
        let file = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("Schemas/dynamodb-event.schema.json"),
            encoding: .utf8)
        #expect(result.stdout == (file.hasSuffix("\n") ? file : file + "\n"))
        let unknown = try CLIRunner.run(["schema", "kinesis"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown kind 'kinesis'; known kinds: batch-item-failures,"))
    }
}
