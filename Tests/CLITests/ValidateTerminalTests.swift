import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's pseudo-terminal calls, looked up at run time: Swift's C module does not import them without
/// `_XOPEN_SOURCE`.
enum PseudoTerminal {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static let functions: (open: Open, grant: Open, unlock: Open, name: Name)? = {
        let library = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(library, "posix_openpt"), let grant = dlsym(library, "grantpt"),
            let unlock = dlsym(library, "unlockpt"), let name = dlsym(library, "ptsname")
        else { return nil }
        return (
            unsafeBitCast(open, to: Open.self), unsafeBitCast(grant, to: Open.self),
            unsafeBitCast(unlock, to: Open.self), unsafeBitCast(name, to: Name.self)
        )
    }()
}

/// `validate` with standard error on a terminal (a pseudo-terminal the test holds) or on a pipe.
@Suite struct ValidateTerminalTests {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs the CLI with `CI` unset, standard output on a pipe and standard error on a new pseudo-terminal when
    /// `terminal`, else on a pipe.
    static func run(_ arguments: [String], terminal: Bool) throws -> Run {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = nil
        environment["NO_COLOR"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        var master: Int32 = -1
        let err = Pipe()
        if terminal {
            let pty = try #require(PseudoTerminal.functions)
            master = pty.open(O_RDWR | O_NOCTTY)
            try #require(master >= 0 && pty.grant(master) == 0 && pty.unlock(master) == 0)
            let name = try #require(pty.name(master).map { String(cString: $0) })
            let slave = open(name, O_RDWR | O_NOCTTY)
            try #require(slave >= 0 && isatty(slave) == 1)
            process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        } else {
            process.standardError = err
        }
        // The terminal is read while the command runs; reading ends when its last writer closes it (EIO).
        let collected = Collected()
        let reader = Thread { [master] in
            guard master >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                collected.append(buffer[0..<count])
            }
        }
        reader.start()
        try process.run()
        if terminal { process.standardError = nil }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = terminal ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if terminal {
            while !collected.isDone(reader) { usleep(10_000) }
            close(master)
        }
        return Run(status: process.terminationStatus, stdout: stdout, stderr: terminal ? collected.data : stderr)
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        func append(_ slice: ArraySlice<UInt8>) { lock.withLock { bytes.append(contentsOf: slice) } }
        var data: Data { lock.withLock { bytes } }
        func isDone(_ thread: Thread) -> Bool { thread.isFinished }
    }

    @Test(arguments: ["text", "json", "html"])
    func standardOutputIsTheSameWithAndWithoutATerminalOnStandardError(_ format: String) throws {
        let arguments = ["validate", "--format", format, "Fixtures/examples/cloudwatch-export.log"]
        let piped = try Self.run(arguments, terminal: false)
        let drawn = try Self.run(arguments, terminal: true)
        #expect(piped.status == 1 && drawn.status == 1)
        #expect(!piped.stdout.isEmpty)
        #expect(drawn.stdout == piped.stdout)
        #expect(piped.stderr.isEmpty, "no progress line on a pipe")
        let terminal = String(decoding: drawn.stderr, as: UTF8.self)
        #expect(
            terminal.contains("\r0/1 file, "),
            "the progress line is drawn on the terminal: \(terminal.debugDescription)")
        #expect(terminal.hasSuffix("\r\u{1B}[K"), "and erased at the end")
        let quiet = try Self.run(["validate", "--quiet"] + arguments.dropFirst(), terminal: true)
        #expect(quiet.stdout == piped.stdout)
        #expect(quiet.stderr.isEmpty, "--quiet draws nothing")
    }
}
