// Numbers for `minimum`, `maximum`, the exclusive bounds and `multipleOf`, integers and decimals, exactly.

import StreamJSON
import StreamJSONSchema

extension SchemaValueGenerator {
    /// A bound from the schema: its exact value, whether it is exclusive, and where it is written.
    struct Bound {
        var value: JSONNumber.NormalForm
        var exclusive: Bool
        var keyword: String
        var location: String
    }

    /// The largest magnitude drawn through `Int` arithmetic; farther bounds are met with their own values.
    static let drawLimit = 1e15

    /// A number that meets every numeric keyword of `nodes`; integral when `integer`.
    func number(
        _ flat: [Int32], _ nodes: [SchemaNode], integer: Bool, _ context: inout Context
    ) throws(GenerationMiss) -> JSONValue {
        var lower: Bound?
        var upper: Bound?
        var multiple: JSONNumber.NormalForm?
        for (index, node) in zip(flat, nodes) {
            guard let numeric = node.numeric else { continue }
            let here = location(index)
            for (literal, exclusive, keyword) in [
                (numeric.minimum, false, "minimum"), (numeric.exclusiveMinimum, true, "exclusiveMinimum"),
            ] {
                guard let literal else { continue }
                let order = lower.map { literal.normal.compare($0.value) } ?? 1
                if order > 0 || (order == 0 && exclusive) {
                    lower = Bound(value: literal.normal, exclusive: exclusive, keyword: keyword, location: here)
                }
            }
            for (literal, exclusive, keyword) in [
                (numeric.maximum, false, "maximum"), (numeric.exclusiveMaximum, true, "exclusiveMaximum"),
            ] {
                guard let literal else { continue }
                let order = upper.map { literal.normal.compare($0.value) } ?? -1
                if order < 0 || (order == 0 && exclusive) {
                    upper = Bound(value: literal.normal, exclusive: exclusive, keyword: keyword, location: here)
                }
            }
            if multiple == nil, let literal = numeric.multipleOf { multiple = literal.normal }
        }
        if let lower, let upper {
            let order = lower.value.compare(upper.value)
            if order > 0 || (order == 0 && (lower.exclusive || upper.exclusive)) {
                throw GenerationMiss(
                    keyword: upper.keyword, location: upper.location.appendingKeyword(upper.keyword),
                    message: "the bounds leave no number")
            }
        }
        let step = multiple.map { integer ? Self.integral($0) : $0 }
        for attempt in 0..<8 {
            let edge = attempt == 0 ? context.edge(options.edgeShare) : false
            let candidate = drawNumber(lower: lower, upper: upper, step: step, integer: integer, edge: edge, &context)
            if let candidate, Self.fits(candidate, lower, upper) { return .number(NumberText.number(candidate)) }
        }
        let blamed = lower ?? upper
        throw GenerationMiss(
            keyword: multiple != nil ? "multipleOf" : blamed?.keyword ?? "type",
            location: (blamed?.location ?? location(flat.first)).appendingKeyword(
                multiple != nil ? "multipleOf" : blamed?.keyword ?? "type"),
            message: "no number was found between the bounds")
    }

    private func drawNumber(
        lower: Bound?, upper: Bound?, step: JSONNumber.NormalForm?, integer: Bool, edge: Bool, _ context: inout Context
    ) -> JSONNumber.NormalForm? {
        // Bounds too far out for Int arithmetic: the bound itself, or nothing.
        for bound in [lower, upper] {
            guard let bound, abs(NumberText.double(bound.value)) > Self.drawLimit else { continue }
            if !bound.exclusive { return bound.value }
            return nil
        }
        var low = lower.map { NumberText.double($0.value) }
        var high = upper.map { NumberText.double($0.value) }
        switch (low, high) {
        case (nil, nil):
            if edge, step == nil {
                let edges: [Int] = [0, -1, 1, Int(Int32.max), Int(Int32.min), 9_007_199_254_740_993]
                return NumberText.normal(context.random.element(of: edges) ?? 0, exponent: 0)
            }
            low = -1_000
            high = 1_000
        case (let low?, nil): high = low + max(1_000, abs(low))
        case (nil, let high?): low = high - max(1_000, abs(high))
        default: break
        }
        let from = low ?? 0
        let to = high ?? 0
        if let step {
            let size = abs(NumberText.double(step))
            guard size > 0, size.isFinite else { return nil }
            var first = (from / size).rounded(.up)
            var last = (to / size).rounded(.down)
            first = min(max(first, -9e15), 9e15)
            last = min(max(last, -9e15), 9e15)
            if first > last { last = first }
            let k =
                edge ? (context.random.bool() ? first : last) : Double(context.random.int(in: Int(first)...Int(last)))
            return Self.nudge(k: Int(k), step: step, lower: lower, upper: upper)
        }
        var scale = 0
        if !integer, context.random.bool(probability: 0.6) || (to - from) < 1 {
            scale = 2
            while (to - from) * pow10(scale) < 10, scale < 15 { scale += 1 }
        }
        let factor = pow10(scale)
        let first = min(max((from * factor).rounded(.up), -9e15), 9e15)
        let last = max(min((to * factor).rounded(.down), 9e15), first)
        let k: Int
        if edge {
            k = Int(context.random.bool() ? first : last)
        } else {
            k = context.random.int(in: Int(first)...Int(last))
        }
        var candidate = NumberText.normal(k, exponent: -scale)
        // An exclusive bound met exactly moves one step inside.
        if let lower, lower.exclusive, candidate.compare(lower.value) <= 0 {
            candidate = NumberText.normal(k + 1, exponent: -scale)
        }
        if let upper, upper.exclusive, candidate.compare(upper.value) >= 0 {
            candidate = NumberText.normal(k - 1, exponent: -scale)
        }
        return candidate
    }

    /// `k × step`, moved by a step or two when rounding put it just outside a bound.
    private static func nudge(
        k: Int, step: JSONNumber.NormalForm, lower: Bound?, upper: Bound?
    ) -> JSONNumber.NormalForm {
        var k = k
        var candidate = NumberText.multiply(step, by: k)
        for _ in 0..<3 {
            if let lower, !fitsLower(candidate, lower) {
                k += 1
            } else if let upper, !fitsUpper(candidate, upper) {
                k -= 1
            } else {
                break
            }
            candidate = NumberText.multiply(step, by: k)
        }
        return candidate
    }

    /// A whole multiple of `step` (itself when `step` is whole): the step for integers.
    static func integral(_ step: JSONNumber.NormalForm) -> JSONNumber.NormalForm {
        step.exponent >= 0 ? step : JSONNumber.NormalForm(negative: false, digits: step.digits, exponent: 0)
    }

    static func fits(_ value: JSONNumber.NormalForm, _ lower: Bound?, _ upper: Bound?) -> Bool {
        (lower.map { fitsLower(value, $0) } ?? true) && (upper.map { fitsUpper(value, $0) } ?? true)
    }

    private static func fitsLower(_ value: JSONNumber.NormalForm, _ bound: Bound) -> Bool {
        let order = value.compare(bound.value)
        return bound.exclusive ? order > 0 : order >= 0
    }

    private static func fitsUpper(_ value: JSONNumber.NormalForm, _ bound: Bound) -> Bool {
        let order = value.compare(bound.value)
        return bound.exclusive ? order < 0 : order <= 0
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
