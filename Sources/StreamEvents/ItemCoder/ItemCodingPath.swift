/// Writes a coding path as an attribute path, e.g. `order.items[2].qty`, for error messages.
enum ItemCodingPath {
    static func describe(_ path: [any CodingKey]) -> String {
        if path.isEmpty { return "(item)" }
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == String(index) || key.stringValue.hasPrefix("Index ") {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}

/// A coding key for attribute names and list indexes.
struct ItemCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    static let superKey = ItemCodingKey(stringValue: "super")
}
