/// CRC-32 as gzip's trailer needs it (ISO 3309 / ITU-T V.42, reflected polynomial 0xEDB88320).
///
/// The capture corpus writes its own gzip files, so the checksum is computed here from its definition rather
/// than taken from the library under test.
enum CRC32 {
    /// The 256-entry lookup table, built once from the polynomial.
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`.
    ///
    /// - Parameter bytes: Any bytes.
    /// - Returns: The checksum gzip stores in its trailer.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
