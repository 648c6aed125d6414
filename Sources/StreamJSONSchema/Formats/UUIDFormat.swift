// RFC 4122 / RFC 9562: the `uuid` string form.

/// Checks `uuid`: 8-4-4-4-12 hexadecimal digits in either case, any version and variant.
enum UUIDFormat {
    static func isUUID(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard IPAddressFormat.hexValue(byte) != nil else { return false }
            }
        }
        return true
    }
}
