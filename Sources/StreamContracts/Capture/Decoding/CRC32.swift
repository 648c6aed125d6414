/// A running CRC-32 (the ISO-HDLC polynomial gzip uses), fed in pieces.
///
/// gzip checks every member's output against the CRC-32 in its trailer, so the checksum must keep pace with the
/// decoder: this one reads eight bytes per step ("slicing by 8", eight 256-entry tables) instead of one.
///
/// ```swift
/// var crc = CRC32()
/// crc.update(Array("hello".utf8))
/// crc.value  // 0x3610A686
/// ```
package struct CRC32: Sendable, Hashable {
    /// The running register, kept inverted as the algorithm defines it.
    private var register: UInt32 = 0xFFFF_FFFF

    /// Creates the checksum of no bytes.
    package init() {}

    /// The CRC-32 of every byte given so far.
    package var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// Adds `bytes` to the checksum.
    ///
    /// - Parameter bytes: the next bytes, in order.
    package mutating func update(_ bytes: some Collection<UInt8>) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ update($0) }) { return done }
        update(Array(bytes))
    }

    /// Adds the bytes of `buffer` to the checksum.
    ///
    /// - Parameter buffer: the next bytes, in order.
    package mutating func update(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var crc = register
        var index = 0
        let count = buffer.count
        Self.tables.withUnsafeBufferPointer { table in
            while count - index >= 8 {
                let low =
                    crc
                    ^ (UInt32(base[index]) | UInt32(base[index + 1]) << 8 | UInt32(base[index + 2]) << 16
                        | UInt32(base[index + 3]) << 24)
                let high =
                    UInt32(base[index + 4]) | UInt32(base[index + 5]) << 8 | UInt32(base[index + 6]) << 16
                    | UInt32(base[index + 7]) << 24
                crc =
                    table[7 << 8 | Int(low & 0xFF)] ^ table[6 << 8 | Int(low >> 8 & 0xFF)]
                    ^ table[5 << 8 | Int(low >> 16 & 0xFF)] ^ table[4 << 8 | Int(low >> 24)]
                    ^ table[3 << 8 | Int(high & 0xFF)] ^ table[2 << 8 | Int(high >> 8 & 0xFF)]
                    ^ table[1 << 8 | Int(high >> 16 & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                crc = table[Int((crc ^ UInt32(base[index])) & 0xFF)] ^ (crc >> 8)
                index += 1
            }
        }
        register = crc
    }

    /// Table `k` (entries `k * 256 ..< (k + 1) * 256`) gives the CRC of a byte followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            tables[n] = c
        }
        for k in 1..<8 {
            for n in 0..<256 {
                let previous = tables[(k - 1) << 8 | n]
                tables[k << 8 | n] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()
}
