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
