public import Foundation

extension KinesisRecordPayload {
    /// The record blob: `data` decoded from base64.
    ///
    /// - Returns: the bytes the producer put.
    /// - Throws: `KinesisDataError` (`.invalidBase64`) when `data` is not canonical base64.
    public func dataBytes() throws(KinesisDataError) -> [UInt8] {
        do throws(Base64.DecodingError) {
            return try Base64.decode(data)
        } catch {
            throw KinesisDataError(sequenceNumber: sequenceNumber, problem: .invalidBase64(error))
        }
    }

    /// The record blob as UTF-8 text.
    ///
    /// ```swift
    /// try record.kinesis.dataText()   // "hello world"
    /// ```
    ///
    /// - Returns: the decoded text.
    /// - Throws: `KinesisDataError`: `.invalidBase64`, or `.invalidUTF8` with the offset of the
    ///   first invalid byte. Invalid bytes are never replaced silently.
    public func dataText() throws(KinesisDataError) -> String {
        let bytes = try dataBytes()
        if let offset = Self.firstInvalidUTF8Offset(bytes) {
            throw KinesisDataError(sequenceNumber: sequenceNumber, problem: .invalidUTF8(offset: offset))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the record blob as JSON into `type` (Jets' `kinesis_data`, one record at a time).
    ///
    /// ```swift
    /// struct Order: Decodable { var orderId: String; var amount: Decimal }
    /// let order = try record.kinesis.decode(Order.self)
    /// ```
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - decoder: the JSON decoder to use, with your strategies.
    /// - Returns: the decoded value.
    /// - Throws: `KinesisDataError` for bad base64, or the decoder's `DecodingError`.
    public func decode<T: Decodable>(_ type: T.Type = T.self, using decoder: JSONDecoder = JSONDecoder()) throws -> T {
        try decoder.decode(type, from: Data(dataBytes()))
    }

    /// Sets `data` to the base64 encoding of `bytes`.
    ///
    /// - Parameter bytes: the record blob.
    public mutating func setData(_ bytes: some Collection<UInt8>) {
        data = Base64.encode(bytes)
    }

    /// Sets `data` to the base64 encoding of `text` in UTF-8.
    ///
    /// - Parameter text: the record blob as text.
    public mutating func setData(text: String) {
        data = Base64.encode(text.utf8)
    }

    /// Sets `data` to the base64 encoding of `value` encoded as JSON.
    ///
    /// ```swift
    /// try payload.setData(json: Order(orderId: "o-1", amount: 12.5))
    /// ```
    ///
    /// - Parameters:
    ///   - value: the value to write.
    ///   - encoder: the JSON encoder to use (set `.sortedKeys` for byte-stable output).
    /// - Throws: the encoder's `EncodingError`.
    public mutating func setData<T: Encodable>(json value: T, using encoder: JSONEncoder = JSONEncoder()) throws {
        data = Base64.encode(try encoder.encode(value))
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
