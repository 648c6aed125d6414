import Foundation
import XCTest

#if canImport(Testing)
    import Testing
#endif

/// Reports a snapshot outcome to the test framework that runs the calling test, at the call site.
///
/// Under Swift Testing (`Test.current` is set) a failure is an `Issue` at the assertion's source
/// location and a recording note is a warning issue (on toolchains that have them); under XCTest a
/// failure is `XCTFail` at the assertion's file and line and a note goes to standard error.
package enum SnapshotReporter {
    /// Where the assertion was written.
    package struct CallSite: Sendable {
        /// `#fileID`, for Swift Testing.
        package var fileID: StaticString
        /// `#filePath`, for XCTest, Swift Testing and the snapshot's folder.
        package var filePath: StaticString
        /// `#line`.
        package var line: UInt
        /// `#column`, for Swift Testing.
        package var column: UInt

        package init(fileID: StaticString, filePath: StaticString, line: UInt, column: UInt) {
            self.fileID = fileID
            self.filePath = filePath
            self.line = line
            self.column = column
        }

        /// `filePath` as a `String`.
        package var path: String { filePath.description }
    }

    /// Fails the current test with `outcome`'s message, or prints its note; nothing for a match.
    package static func report(_ outcome: SnapshotOutcome, at site: CallSite) {
        if outcome.isFailure {
            fail(outcome.message, at: site)
        } else if !outcome.message.isEmpty {
            note(outcome.message, at: site)
        }
    }

    /// Records a failure with the framework running the current test.
    package static func fail(_ message: String, at site: CallSite) {
        #if canImport(Testing)
            if Test.current != nil {
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation(site))
                return
            }
        #endif
        XCTFail(message, file: site.filePath, line: site.line)
    }

    /// Shows a note that does not fail the test.
    package static func note(_ message: String, at site: CallSite) {
        #if canImport(Testing) && compiler(>=6.2)
            if Test.current != nil {
                Issue.record(Comment(rawValue: message), severity: .warning, sourceLocation: sourceLocation(site))
                return
            }
        #endif
        FileHandle.standardError.write(Data("\(site.path):\(site.line): note: \(message)\n".utf8))
    }

    #if canImport(Testing)
        private static func sourceLocation(_ site: CallSite) -> SourceLocation {
            SourceLocation(
                fileID: site.fileID.description, filePath: site.path, line: max(1, Int(clamping: site.line)),
                column: max(1, Int(clamping: site.column)))
        }
    #endif
}
