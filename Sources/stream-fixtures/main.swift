import Foundation

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--version" {
    print("stream-fixtures 0.1.0")
} else {
    FileHandle.standardError.write(Data("usage: stream-fixtures --version\n".utf8))
    exit(64)
}
