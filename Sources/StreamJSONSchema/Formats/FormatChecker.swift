// The `format` vocabulary of JSON Schema draft 2020-12: one entry point that dispatches to a checker per format.

/// Checks strings against the formats of JSON Schema draft 2020-12, strictly by the RFCs each format cites.
///
/// The schema engine calls this for the `format` keyword when format assertion is on (and to annotate otherwise).
/// Unknown formats return nil so that the engine can ignore them, as the specification requires.
///
/// ```swift
/// FormatChecker.check("date-time", "2024-02-29T12:00:00Z")  // true
/// FormatChecker.check("ipv4", "010.0.0.1")                  // false
/// FormatChecker.check("x-custom", "anything")               // nil
/// ```
package enum FormatChecker {
    /// The format names this checker knows.
    package static let knownFormats: [String] = [
        "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
        "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template", "json-pointer",
        "relative-json-pointer", "regex",
    ]

    /// Whether `value` is valid for `format`.
    ///
    /// - Parameters:
    ///   - format: the value of the `format` keyword.
    ///   - value: the instance string (formats apply to strings only; other instance types are always valid).
    /// - Returns: true or false for a known format, nil for an unknown one.
    package static func check(_ format: String, _ value: String) -> Bool? {
        switch format {
        case "date-time": return DateTimeFormat.isDateTime(value)
        case "date": return DateTimeFormat.isDate(value)
        case "time": return DateTimeFormat.isTime(value)
        case "duration": return DurationFormat.isDuration(value)
        case "email": return EmailFormat.isEmail(value, international: false)
        case "idn-email": return EmailFormat.isEmail(value, international: true)
        case "hostname": return HostnameFormat.isHostname(value)
        case "idn-hostname": return HostnameFormat.isIDNHostname(value)
        case "ipv4": return IPAddressFormat.isIPv4(Array(value.utf8))
        case "ipv6": return IPAddressFormat.isIPv6(Array(value.utf8))
        case "uri": return URIFormat.check(value, international: false, allowRelative: false)
        case "uri-reference": return URIFormat.check(value, international: false, allowRelative: true)
        case "iri": return URIFormat.check(value, international: true, allowRelative: false)
        case "iri-reference": return URIFormat.check(value, international: true, allowRelative: true)
        case "uuid": return UUIDFormat.isUUID(value)
        case "uri-template": return URITemplateFormat.isURITemplate(value)
        case "json-pointer": return JSONPointerFormat.isJSONPointer(Array(value.utf8)[...])
        case "relative-json-pointer": return JSONPointerFormat.isRelativeJSONPointer(value)
        case "regex": return (try? ECMAPattern(value)) != nil
        default: return nil
        }
    }
}
