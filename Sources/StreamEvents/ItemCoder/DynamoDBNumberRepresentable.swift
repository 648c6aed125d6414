import Foundation

/// Swift numbers the item coder writes as `N`.
protocol DynamoDBNumberRepresentable {
    /// The number's exact text, or `nil` for NaN and infinities.
    var dynamoDBNumber: DynamoDBNumber? { get }
}

extension Int: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Int8: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Int16: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Int32: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Int64: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension UInt: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension UInt8: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension UInt16: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension UInt32: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension UInt64: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Float: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Double: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension Decimal: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { DynamoDBNumber(self) } }
extension DynamoDBNumber: DynamoDBNumberRepresentable { var dynamoDBNumber: DynamoDBNumber? { self } }

/// A `Set` whose elements are numbers: written as `NS`.
protocol NumberSetEncodable {
    var numbers: [(number: DynamoDBNumber?, element: Any)] { get }
}

extension Set: NumberSetEncodable where Element: DynamoDBNumberRepresentable {
    var numbers: [(number: DynamoDBNumber?, element: Any)] { map { ($0.dynamoDBNumber, $0 as Any) } }
}

/// A `Set` of byte strings: written as `BS`.
protocol BinarySetEncodable {
    var byteStrings: [[UInt8]] { get }
}

extension Set: BinarySetEncodable where Element: ByteStringRepresentable {
    var byteStrings: [[UInt8]] { map(\.byteString) }
}

/// `Data` and `[UInt8]`: written as `B`.
protocol ByteStringRepresentable {
    var byteString: [UInt8] { get }
}

extension Data: ByteStringRepresentable { var byteString: [UInt8] { [UInt8](self) } }
extension Array: ByteStringRepresentable where Element == UInt8 { var byteString: [UInt8] { self } }

/// A keyed collection with no meaningful order (a `Dictionary`): its map is sorted by name.
protocol UnorderedKeyedCollection {}

extension Dictionary: UnorderedKeyedCollection {}
