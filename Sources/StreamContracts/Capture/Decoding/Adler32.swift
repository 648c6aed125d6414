/// A running Adler-32 (the checksum zlib streams end with), fed in pieces.
///
/// A zlib stream is checked against it after its last block, so it is updated with each piece of output as the
/// decoder hands it out instead of over the whole output at the end.
///
/// ```swift
/// var adler = Adler32()
/// adler.update(Array("hello".utf8))
/// adler.value  // 0x062C0215
/// ```
package struct Adler32: Sendable, Hashable {
    private var a: UInt32 = 1
    private var b: UInt32 = 0

    /// Creates the checksum of no bytes.
    package init() {}

    /// The Adler-32 of every byte given so far.
    package var value: UInt32 { b << 16 | a }

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
        // 5,552 is the most bytes summed before `b` could overflow 32 bits (zlib's NMAX).
        var index = 0
        while index < buffer.count {
            let end = min(index + 5552, buffer.count)
            while index < end {
                a &+= UInt32(buffer[index])
                b &+= a
                index += 1
            }
            a %= 65521
            b %= 65521
        }
    }
}
