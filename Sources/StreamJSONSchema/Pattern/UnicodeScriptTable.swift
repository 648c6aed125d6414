// Lookup of the generated Script / Script_Extensions data, parsed once on first use.

/// Script and emoji-property ranges decoded from `UnicodeScriptData.text`.
enum UnicodeScriptTable {
    struct Entry: Sendable {
        var names: [String]
        var script: [ClosedRange<UInt32>]
        var extensions: [ClosedRange<UInt32>]
    }

    /// Every entry of the data, in file order; the emoji properties are the entries named `EComp` and `ExtPict`.
    static let entries: [Entry] = parse(UnicodeScriptData.text)

    static let emojiComponentIndex = entries.firstIndex { $0.names.first == "EComp" }
    static let extendedPictographicIndex = entries.firstIndex { $0.names.first == "ExtPict" }

    /// The index of the script with this name or alias; emoji entries are not scripts.
    static func index(named name: String) -> Int? {
        guard name != "EComp", name != "ExtPict" else { return nil }
        return entries.firstIndex { $0.names.contains(name) }
    }

    static func contains(_ value: UInt32, script index: Int, extensions: Bool) -> Bool {
        guard entries.indices.contains(index) else { return false }
        let entry = entries[index]
        return search(extensions ? entry.extensions : entry.script, value)
    }

    static func containsEmojiProperty(_ value: UInt32, component: Bool) -> Bool {
        guard let index = component ? emojiComponentIndex : extendedPictographicIndex else { return false }
        return search(entries[index].script, value)
    }

    static func search(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < value {
                low = mid + 1
            } else if ranges[mid].lowerBound > value {
                high = mid
            } else {
                return true
            }
        }
        return false
    }

    static func parse(_ text: String) -> [Entry] {
        var result: [Entry] = []
        var inExtensions = false
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if token.first == "@" {
                result.append(
                    Entry(
                        names: token.dropFirst().split(separator: ",").map(String.init), script: [],
                        extensions: []))
                inExtensions = false
            } else if token == "/" {
                inExtensions = true
            } else if token == "=" {
                if let last = result.indices.last { result[last].extensions = result[last].script }
            } else if let last = result.indices.last {
                let bounds = token.split(separator: "-").compactMap { UInt32($0, radix: 16) }
                guard let lower = bounds.first, let upper = bounds.last, lower <= upper else { continue }
                if inExtensions {
                    result[last].extensions.append(lower...upper)
                } else {
                    result[last].script.append(lower...upper)
                }
            }
        }
        return result
    }
}
