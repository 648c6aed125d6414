/// Growable bytes with cheap small appends, for the generators' writers.
///
/// Payload documents are written as many short pieces (a key, a few digits, a quote); for those, `Array`'s
/// `append(contentsOf:)` spends more on its generic bookkeeping than on copying. This buffer checks its capacity
/// and copies. It has value semantics: a copy that is written to gets its own storage.
struct ByteBuffer {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func copy(capacity: Int) -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.initialize(from: base, count: count)
            copy.count = count
            return copy
        }
    }

    private var storage: Storage

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int) { storage = Storage(capacity: capacity) }

    /// The number of bytes written.
    var count: Int { storage.count }

    /// The bytes written, as an array.
    var array: [UInt8] { [UInt8](UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// Where the next `extra` bytes go, after making the storage unique and large enough.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        let needed = storage.count + extra
        if !isKnownUniquelyReferenced(&storage) || needed > storage.capacity {
            storage = storage.copy(capacity: max(needed, storage.capacity * 2))
        }
        return storage.base + storage.count
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        storage.count += 1
    }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        reserve(count).initialize(from: source, count: count)
        storage.count += count
    }

    /// Appends bytes from any sequence (contiguous ones in one copy).
    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }
        if copied != nil { return }
        for byte in bytes { append(byte) }
    }
}
