import StreamJSON

extension KeyedEncodingContainer {
    /// Encodes a string-keyed map with its members in UTF-8 byte order of the keys, so that the
    /// output never depends on `Dictionary`'s per-process hash order. Writes nothing for `nil`.
    mutating func encodeSortedIfPresent<Value: Encodable>(_ map: [String: Value]?, forKey key: Key) throws {
        guard let map else { return }
        var nested = nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        for (name, value) in map.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try nested.encode(value, forKey: AnyCodingKey(name))
        }
    }
}
