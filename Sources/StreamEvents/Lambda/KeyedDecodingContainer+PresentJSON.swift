import StreamJSON

extension KeyedDecodingContainer {
    /// Decodes any JSON value when the member is present, `null` included (as `.null`);
    /// `nil` only when the member is absent. `decodeIfPresent` would fold `null` into absent.
    func decodePresentJSON(forKey key: Key) throws -> JSONValue? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return try decode(JSONValue.self, forKey: key)
    }
}
