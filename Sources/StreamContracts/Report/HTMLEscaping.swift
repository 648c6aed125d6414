/// Text made safe for an HTML page: the one escaping the HTML report puts every captured string through.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so the same text is safe between tags and inside a
/// double- or single-quoted attribute; control characters other than tab and line feed (which HTML reports as parse
/// errors or drops) become U+FFFD, shown as `�` (as do the bytes of invalid UTF-8, when the text was decoded).
/// Nothing a capture holds —
/// `</script>`, `<img onerror=…>`, quotes in a member name — can close an element or an attribute.
enum HTMLEscaping {
    /// `text` with markup characters as character references and control characters replaced.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
