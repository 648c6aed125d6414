import StreamEvents

/// The 56 decimal digits of a shard's latest sequence number, advanced by decimal addition.
///
/// Rendering a 188-bit number in decimal takes several wide divisions; a shard's numbers differ from one record to
/// the next only in the per-shard counter (bit 80 up) and the arrival second (bit 36 up). So the digits are
/// composed once with ``KinesisSequenceNumber`` and then advanced by adding `Δcounter · 2^80 + Δseconds · 2^36`
/// digit by digit, which keeps sequence numbers off the profile of the generator.
struct SequenceNumberDigits: Sendable {
    /// The current fields.
    private(set) var fields: KinesisSequenceNumber
    /// The digits of `fields`, most significant first.
    private(set) var digits: [UInt8]

    /// 2^80 and 2^36 in decimal, least significant digit first.
    private static let counterUnit = leastSignificantFirst("1208925819614629174706176")
    private static let secondUnit = leastSignificantFirst("68719476736")

    private static func leastSignificantFirst(_ text: String) -> [UInt8] {
        text.utf8.reversed().map { $0 - UInt8(ascii: "0") }
    }

    init(_ fields: KinesisSequenceNumber) {
        self.fields = fields
        self.digits = Array(fields.decimal.utf8)
    }

    /// Moves to `sequenceIndex` and `arrivalSeconds`, which must not be below the current ones; falls back to
    /// composing the number afresh when they are (or when the shortcut would change the digit count).
    mutating func advance(sequenceIndex: UInt64, arrivalSeconds: UInt32) {
        let counterStep = sequenceIndex &- fields.sequenceIndex
        guard sequenceIndex >= fields.sequenceIndex, arrivalSeconds >= fields.arrivalSeconds,
            counterStep < 1 << 32
        else {
            fields.sequenceIndex = sequenceIndex
            fields.arrivalSeconds = arrivalSeconds
            digits = Array(fields.decimal.utf8)
            return
        }
        let secondStep = UInt64(arrivalSeconds - fields.arrivalSeconds)
        fields.sequenceIndex = sequenceIndex
        fields.arrivalSeconds = arrivalSeconds
        if counterStep > 0 { add(counterStep, times: SequenceNumberDigits.counterUnit) }
        if secondStep > 0 { add(secondStep, times: SequenceNumberDigits.secondUnit) }
    }

    /// `digits += multiplier · unit`, with `unit` least significant first and `multiplier` < 2^32.
    private mutating func add(_ multiplier: UInt64, times unit: [UInt8]) {
        var carry: UInt64 = 0
        var position = digits.count - 1
        var unitIndex = 0
        while position >= 0, unitIndex < unit.count || carry > 0 {
            let unitDigit = unitIndex < unit.count ? UInt64(unit[unitIndex]) : 0
            let sum = UInt64(digits[position] - UInt8(ascii: "0")) + unitDigit * multiplier + carry
            digits[position] = UInt8(ascii: "0") + UInt8(sum % 10)
            carry = sum / 10
            position -= 1
            unitIndex += 1
        }
        if carry > 0 { digits = Array(fields.decimal.utf8) }  // grew a digit: impossible in the layout, recompose
    }
}
