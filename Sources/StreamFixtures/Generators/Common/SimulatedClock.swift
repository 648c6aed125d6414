import StreamEvents
import StreamJSON

/// A deterministic wall clock in milliseconds since 1970 that generators advance; nothing reads the real time.
///
/// Arrival timestamps, creation times, window boundaries and sequence-number timestamps all come from a clock,
/// so the same seed gives the same times on every machine. The clock never goes backwards: negative steps are
/// ignored and it stops at `Int64.max` rather than overflowing.
///
/// ```swift
/// var clock = SimulatedClock()                      // 2024-01-01T00:00:00Z
/// clock.advance(byMilliseconds: 1_250)
/// clock.secondsSince1970                           // 1704067201.25
/// ```
public struct SimulatedClock: Codable, Hashable, Sendable {
    /// The current time in milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSince1970: Int64

    /// Creates a clock showing `start`.
    ///
    /// - Parameter start: Milliseconds since 1970; the default is 2024-01-01T00:00:00Z.
    public init(start: Int64 = 1_704_067_200_000) {
        self.millisecondsSince1970 = start
    }

    /// Moves the clock forward.
    ///
    /// - Parameter step: The step in milliseconds; values ≤ 0 leave the clock where it is.
    public mutating func advance(byMilliseconds step: Int64) {
        guard step > 0 else { return }
        let (sum, overflow) = millisecondsSince1970.addingReportingOverflow(step)
        millisecondsSince1970 = overflow ? Int64.max : sum
    }

    /// Moves the clock forward by a uniformly drawn step.
    ///
    /// - Parameters:
    ///   - range: The range of steps in milliseconds; negative parts count as 0.
    ///   - random: The random stream to draw from.
    public mutating func advance(by range: ClosedRange<Int64>, using random: inout SeededRandom) {
        let lower = max(range.lowerBound, 0)
        let upper = max(range.upperBound, 0)
        // lower <= upper, both >= 0, so the width and width + 1 fit in UInt64 without overflow.
        let width = UInt64(upper - lower)
        advance(byMilliseconds: lower + Int64(random.next(below: width + 1)))
    }

    /// The current time in seconds since 1970 with a millisecond fraction, e.g. `1704067201.25`.
    public var secondsSince1970: Double {
        Double(millisecondsSince1970) / 1000
    }

    /// The current time in whole seconds since 1970 (rounded down).
    public var wholeSecondsSince1970: Int64 {
        millisecondsSince1970 >= 0 ? millisecondsSince1970 / 1000 : (millisecondsSince1970 - 999) / 1000
    }

    /// The current time as RFC 3339 UTC text, computed from the integer milliseconds (no `Double` rounding,
    /// no locale): `2024-01-01T00:00:01Z` with 0 fraction digits, `2024-01-01T00:00:01.250Z` with 3 (as AWS writes
    /// ISO timestamps), `…01.250000Z` with 6.
    ///
    /// - Parameter fractionDigits: 0, 3 or 6; other values are clamped to the nearest of those.
    /// - Returns: The timestamp text.
    public func iso8601(fractionDigits: Int = 3) -> String {
        let whole = wholeSecondsSince1970
        var text = RFC3339.formatWholeSeconds(whole)
        if fractionDigits > 0 {
            let millis = Int(millisecondsSince1970 - whole * 1000)
            text += "."
            text += millis < 10 ? "00" : millis < 100 ? "0" : ""
            text += String(millis)
            if fractionDigits > 3 { text += "000" }
        }
        return text + "Z"
    }
}
