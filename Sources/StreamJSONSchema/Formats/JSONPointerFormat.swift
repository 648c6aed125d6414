// RFC 6901 `json-pointer` and draft-bhutton-relative-json-pointer-00 `relative-json-pointer`.

/// Checks `json-pointer` and `relative-json-pointer`.
enum JSONPointerFormat {
    /// Empty, or `/`-prefixed reference tokens in which every `~` is followed by `0` or `1`.
    static func isJSONPointer(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        guard first == UInt8(ascii: "/") else { return false }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "~") {
                let next = index + 1
                guard next < bytes.endIndex, bytes[next] == UInt8(ascii: "0") || bytes[next] == UInt8(ascii: "1")
                else { return false }
            }
            index += 1
        }
        return true
    }

    /// A non-negative integer without leading zeros, then `#` or a JSON pointer.
    static func isRelativeJSONPointer(_ value: String) -> Bool {
        let bytes = Array(value.utf8)[...]
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        let digits = index - bytes.startIndex
        guard digits > 0 else { return false }
        if digits > 1, bytes.first == UInt8(ascii: "0") { return false }
        let rest = bytes[index...]
        if rest.count == 1, rest.first == UInt8(ascii: "#") { return true }
        return isJSONPointer(rest)
    }
}
