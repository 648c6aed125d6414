// One user record inside a KPL aggregated record (EventContract §A.8).

public import Foundation

/// A user record packed inside a KPL aggregated Kinesis record.
///
/// The Kinesis Producer Library packs many user records into one Kinesis record; Lambda delivers the aggregate
/// as it is. Decoding it yields these records in order; `subSequenceNumber` is the record's position, which the
/// KCL and the deaggregation libraries pair with the outer record's sequence number.
///
/// ```swift
/// let records = try KPLAggregate.decode(kinesisRecordData)
/// for record in records { print(record.partitionKey, record.data.count) }
/// ```
public struct KPLUserRecord: Codable, Hashable, Sendable {
    /// The user record's own partition key.
    public var partitionKey: String
    /// The user record's explicit hash key (decimal text), when the producer set one.
    public var explicitHashKey: String?
    /// The user record's payload.
    public var data: Data
    /// The record's position in the aggregate, from 0; ignored by ``KPLAggregate/encode(_:)``, which numbers
    /// records by their order.
    public var subSequenceNumber: Int

    /// Creates a user record.
    ///
    /// - Parameters:
    ///   - partitionKey: The record's partition key.
    ///   - explicitHashKey: The record's explicit hash key in decimal, or `nil`.
    ///   - data: The record's payload.
    ///   - subSequenceNumber: The record's position in its aggregate.
    public init(partitionKey: String, explicitHashKey: String? = nil, data: Data, subSequenceNumber: Int = 0) {
        self.partitionKey = partitionKey
        self.explicitHashKey = explicitHashKey
        self.data = data
        self.subSequenceNumber = subSequenceNumber
    }
}
