/// Names and joins the corpus's files.
enum CorpusFolder {
    /// `<writer>-<set index>.<extension>`, the writer's name made safe for a file name
    /// (`gzip(s3-export(node-text))` → `gzip.s3-export.node-text-0.gz`).
    static func fileName(_ writer: CaptureWriter, index: Int) -> String {
        let safe = String(writer.name.compactMap { $0 == ")" ? nil : $0 == "(" ? "." : $0 })
        return "\(safe)-\(index)" + (writer.fileExtension.isEmpty ? "" : ".\(writer.fileExtension)")
    }

    /// The capture ending with a newline, so the next one in a family's file starts on a line of its own.
    static func joinable(_ bytes: [UInt8]) -> [UInt8] { bytes.last == 0x0A ? bytes : bytes + [0x0A] }
}
