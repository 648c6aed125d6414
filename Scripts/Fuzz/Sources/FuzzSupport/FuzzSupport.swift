// Shared pieces of the fuzz targets: the libFuzzer driver call and invariant checks.

import Foundation

/// The signature of `LLVMFuzzerTestOneInput`.
public typealias FuzzTestOneInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

/// libFuzzer's entry point for programs with their own `main` (declared in libFuzzer's
/// `FuzzerInterface.h`); pointer and integer arguments pass the same way in Swift and C.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ body: FuzzTestOneInput
) -> CInt

/// Runs libFuzzer with the process arguments and `body` as the target.
///
/// SwiftPM links an executable target with `main` aliased to `<module>_main` (so tests can link
/// it), which replaces libFuzzer's own `main`. Each target therefore defines `<module>_main` and
/// hands over to `LLVMFuzzerRunDriver`, libFuzzer's entry point for programs with their own `main`.
///
/// - Parameters:
///   - argc: `main`'s argument count.
///   - argv: `main`'s argument vector.
///   - body: the fuzz target.
/// - Returns: libFuzzer's exit status (non-zero after a crash).
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: FuzzTestOneInput
) -> CInt {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector, body)
}

/// Stops the run with a message when an invariant does not hold: a finding, like a crash.
///
/// - Parameters:
///   - condition: what must be true.
///   - message: what went wrong, printed before aborting.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        fail("fuzz invariant broken: \(message())")
    }
}

/// Writes `message` to standard error (unbuffered, so it is out before the abort) and aborts.
///
/// - Parameter message: what went wrong.
public func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    abort()
}
