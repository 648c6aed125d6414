/// Text made safe for XML and HTML: the one escaping the JUnit and HTML reports put every captured string through.
///
/// `&`, `<`, `>`, `"` and `'` become references (`&apos;` is XML's and HTML5's), so the same text is safe between
/// tags and inside a double- or single-quoted attribute; control characters other than tab and line feed (XML 1.0
/// forbids them, HTML reports them as parse errors) become `&#xFFFD;`, shown as `�`. Nothing a capture holds —
/// `</script>`, `<img onerror=…>`, quotes in a member name — can close an element or an attribute.
enum MarkupEscaping {
    /// `text` with markup characters as references and control characters replaced.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: out += "&#xFFFD;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
