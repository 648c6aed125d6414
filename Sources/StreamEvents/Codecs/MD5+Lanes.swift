// Multi-buffer MD5: the digests of several independent messages at once, one message per lane of a SIMD vector.

extension MD5 {
    /// The number of messages one ``digests(_:)`` step hashes side by side.
    static let laneCount = 4

    /// The MD5 digests of several messages, hashed four at a time.
    ///
    /// One message is bound by the latency of MD5's chain of dependent steps, not by the work in them: the processor
    /// waits most of the time. Independent messages have independent chains, so this runs one message in each lane
    /// of a `SIMD4<UInt32>` (vector instructions on every x86-64, SSE2 included): with four lanes busy about 2.5
    /// times the bytes per second of the scalar path, with two about 1.3 times. A lane whose message is done takes
    /// the next waiting one; the last message left alone finishes on the scalar path, which is faster for a single
    /// chain. Each digest equals `MD5.digest` of the same bytes.
    ///
    /// - Parameter messages: The messages, in any order and of any lengths.
    /// - Returns: Their digests, in the order of `messages`.
    ///
    /// ```swift
    /// let digests = MD5.digests([bodyA[...], bodyB[...]])  // == [MD5.digest(bodyA), MD5.digest(bodyB)]
    /// ```
    package static func digests(_ messages: [ArraySlice<UInt8>]) -> [[UInt8]] {
        guard messages.count > 1 else { return messages.map { digest($0) } }
        var digests = [[UInt8]](repeating: [], count: messages.count)
        laneStepConstants.withUnsafeBufferPointer { laneConstants in
            stepConstants.withUnsafeBufferPointer { constants in
                guard let laneConstants = laneConstants.baseAddress, let constants = constants.baseAddress else {
                    return
                }
                // 16 vectors of message words, then each lane's padded tail (two blocks at most).
                let wordsSize = 16 * MemoryLayout<SIMD4<UInt32>>.stride
                withUnsafeTemporaryAllocation(
                    byteCount: wordsSize + laneCount * 128, alignment: MemoryLayout<SIMD4<UInt32>>.alignment
                ) { scratch in
                    guard let words = scratch.baseAddress else { return }
                    var schedule = LaneSchedule(messages: messages, words: words, tails: words + wordsSize)
                    schedule.run(laneConstants, constants, into: &digests)
                }
            }
        }
        return digests
    }

    /// ``stepConstants`` with each value in every lane.
    private static let laneStepConstants: [SIMD4<UInt32>] = stepConstants.map { SIMD4(repeating: $0) }

    /// Which message each lane hashes and how far it has got.
    private struct LaneSchedule {
        /// A lane's message: its position in `messages`, the next block to hash, its number of full blocks and of
        /// blocks with the padding.
        struct Lane {
            var message: Int
            var block: Int
            var fullBlocks: Int
            var blocks: Int
        }

        let messages: [ArraySlice<UInt8>]
        /// The positions of `messages`, longest first: lanes take long messages early so that, at the end, short
        /// ones fill the lanes around the last long one instead of leaving it alone.
        let order: [Int]
        /// 16 `SIMD4<UInt32>`: word `i` of each lane's next block in vector `i`, lane `l` in element `l`.
        let words: UnsafeMutableRawPointer
        /// 128 bytes per lane: the last partial block of its message, then the padding (one or two blocks).
        let tails: UnsafeMutableRawPointer
        var lanes: [Lane?]
        /// How many messages of `order` lanes have taken.
        var waiting = 0
        var state = LaneState()

        init(messages: [ArraySlice<UInt8>], words: UnsafeMutableRawPointer, tails: UnsafeMutableRawPointer) {
            self.messages = messages
            self.words = words
            self.tails = tails
            order = messages.indices.sorted { messages[$0].count > messages[$1].count }
            lanes = Array(repeating: nil, count: MD5.laneCount)
            for lane in 0..<MD5.laneCount { take(lane) }
        }

        /// Gives `lane` the next waiting message, from MD5's initial state, and writes its padded tail; no message
        /// left leaves it idle.
        mutating func take(_ lane: Int) {
            guard waiting < messages.count else {
                lanes[lane] = nil
                return
            }
            let message = order[waiting]
            waiting += 1
            let count = messages[message].count
            let fullBlocks = count / 64
            let tailCount = count % 64
            let tailBlocks = tailCount < 56 ? 1 : 2
            lanes[lane] = Lane(message: message, block: 0, fullBlocks: fullBlocks, blocks: fullBlocks + tailBlocks)
            let initial = State()
            state.a[lane] = initial.a
            state.b[lane] = initial.b
            state.c[lane] = initial.c
            state.d[lane] = initial.d

            // As in the scalar digest: the last bytes, 0x80, zeros, the bit length as a little-endian UInt64.
            let tail = tails + lane * 128
            tail.initializeMemory(as: UInt8.self, repeating: 0, count: 128)
            messages[message].withUnsafeBytes { bytes in
                guard tailCount > 0, let start = bytes.baseAddress else { return }
                tail.copyMemory(from: start + fullBlocks * 64, byteCount: tailCount)
            }
            tail.storeBytes(of: 0x80, toByteOffset: tailCount, as: UInt8.self)
            let bitLength = UInt64(truncatingIfNeeded: count) &* 8
            tail.storeBytes(of: bitLength.littleEndian, toByteOffset: tailBlocks * 64 - 8, as: UInt64.self)
        }

        /// Hashes every message into `digests`.
        mutating func run(
            _ laneConstants: UnsafePointer<SIMD4<UInt32>>, _ constants: UnsafePointer<UInt32>,
            into digests: inout [[UInt8]]
        ) {
            while true {
                var busy = 0
                var last = 0
                for lane in 0..<MD5.laneCount where lanes[lane] != nil {
                    busy += 1
                    last = lane
                }
                guard busy > 0 else { return }
                if busy == 1, waiting == messages.count, let alone = lanes[last] {
                    // One chain left: the scalar path runs it faster than a vector with three idle lanes.
                    let lane = State(a: state.a[last], b: state.b[last], c: state.c[last], d: state.d[last])
                    digests[alone.message] = messages[alone.message].withUnsafeBytes {
                        MD5.digest($0, from: lane, block: alone.block, constants: constants)
                    }
                    return
                }
                for lane in 0..<MD5.laneCount {
                    // An idle lane hashes whatever its words hold; its state is never read again.
                    guard let current = lanes[lane] else { continue }
                    if current.block < current.fullBlocks {
                        messages[current.message].withUnsafeBytes { bytes in
                            guard let start = bytes.baseAddress else { return }
                            loadBlock(start + current.block * 64, lane: lane)
                        }
                    } else {
                        let tail = tails + lane * 128 + (current.block - current.fullBlocks) * 64
                        loadBlock(UnsafeRawPointer(tail), lane: lane)
                    }
                }
                state.compress(UnsafeRawPointer(words), laneConstants)
                for lane in 0..<MD5.laneCount {
                    guard var current = lanes[lane] else { continue }
                    current.block += 1
                    if current.block < current.blocks {
                        lanes[lane] = current
                        continue
                    }
                    let lastState = State(a: state.a[lane], b: state.b[lane], c: state.c[lane], d: state.d[lane])
                    digests[current.message] = lastState.digest()
                    take(lane)
                }
            }
        }

        /// Writes the 64-byte block at `block` into the lane's column of `words`.
        func loadBlock(_ block: UnsafeRawPointer, lane: Int) {
            for index in 0..<16 {
                let word = UInt32(littleEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                words.storeBytes(of: word, toByteOffset: index * 16 + lane * 4, as: UInt32.self)
            }
        }
    }

    /// The chaining states of four messages, lane by lane.
    private struct LaneState {
        var a = SIMD4<UInt32>()
        var b = SIMD4<UInt32>()
        var c = SIMD4<UInt32>()
        var d = SIMD4<UInt32>()

        /// ``State/compress(_:_:)`` on four blocks at once: `words` holds word `i` of every lane's block in its
        /// `i`-th `SIMD4<UInt32>`; `k` holds the step constants, each in every lane.
        mutating func compress(_ words: UnsafeRawPointer, _ k: UnsafePointer<SIMD4<UInt32>>) {
            @inline(__always) func word(_ index: Int) -> SIMD4<UInt32> {
                words.load(fromByteOffset: index * 16, as: SIMD4<UInt32>.self)
            }
            let m0 = word(0)
            let m1 = word(1)
            let m2 = word(2)
            let m3 = word(3)
            let m4 = word(4)
            let m5 = word(5)
            let m6 = word(6)
            let m7 = word(7)
            let m8 = word(8)
            let m9 = word(9)
            let m10 = word(10)
            let m11 = word(11)
            let m12 = word(12)
            let m13 = word(13)
            let m14 = word(14)
            let m15 = word(15)

            var a = self.a
            var b = self.b
            var c = self.c
            var d = self.d

            LaneState.round1(&a, b, c, d, m0, 7, k[0])
            LaneState.round1(&d, a, b, c, m1, 12, k[1])
            LaneState.round1(&c, d, a, b, m2, 17, k[2])
            LaneState.round1(&b, c, d, a, m3, 22, k[3])
            LaneState.round1(&a, b, c, d, m4, 7, k[4])
            LaneState.round1(&d, a, b, c, m5, 12, k[5])
            LaneState.round1(&c, d, a, b, m6, 17, k[6])
            LaneState.round1(&b, c, d, a, m7, 22, k[7])
            LaneState.round1(&a, b, c, d, m8, 7, k[8])
            LaneState.round1(&d, a, b, c, m9, 12, k[9])
            LaneState.round1(&c, d, a, b, m10, 17, k[10])
            LaneState.round1(&b, c, d, a, m11, 22, k[11])
            LaneState.round1(&a, b, c, d, m12, 7, k[12])
            LaneState.round1(&d, a, b, c, m13, 12, k[13])
            LaneState.round1(&c, d, a, b, m14, 17, k[14])
            LaneState.round1(&b, c, d, a, m15, 22, k[15])

            LaneState.round2(&a, b, c, d, m1, 5, k[16])
            LaneState.round2(&d, a, b, c, m6, 9, k[17])
            LaneState.round2(&c, d, a, b, m11, 14, k[18])
            LaneState.round2(&b, c, d, a, m0, 20, k[19])
            LaneState.round2(&a, b, c, d, m5, 5, k[20])
            LaneState.round2(&d, a, b, c, m10, 9, k[21])
            LaneState.round2(&c, d, a, b, m15, 14, k[22])
            LaneState.round2(&b, c, d, a, m4, 20, k[23])
            LaneState.round2(&a, b, c, d, m9, 5, k[24])
            LaneState.round2(&d, a, b, c, m14, 9, k[25])
            LaneState.round2(&c, d, a, b, m3, 14, k[26])
            LaneState.round2(&b, c, d, a, m8, 20, k[27])
            LaneState.round2(&a, b, c, d, m13, 5, k[28])
            LaneState.round2(&d, a, b, c, m2, 9, k[29])
            LaneState.round2(&c, d, a, b, m7, 14, k[30])
            LaneState.round2(&b, c, d, a, m12, 20, k[31])

            LaneState.round3(&a, b, c, d, m5, 4, k[32])
            LaneState.round3(&d, a, b, c, m8, 11, k[33])
            LaneState.round3(&c, d, a, b, m11, 16, k[34])
            LaneState.round3(&b, c, d, a, m14, 23, k[35])
            LaneState.round3(&a, b, c, d, m1, 4, k[36])
            LaneState.round3(&d, a, b, c, m4, 11, k[37])
            LaneState.round3(&c, d, a, b, m7, 16, k[38])
            LaneState.round3(&b, c, d, a, m10, 23, k[39])
            LaneState.round3(&a, b, c, d, m13, 4, k[40])
            LaneState.round3(&d, a, b, c, m0, 11, k[41])
            LaneState.round3(&c, d, a, b, m3, 16, k[42])
            LaneState.round3(&b, c, d, a, m6, 23, k[43])
            LaneState.round3(&a, b, c, d, m9, 4, k[44])
            LaneState.round3(&d, a, b, c, m12, 11, k[45])
            LaneState.round3(&c, d, a, b, m15, 16, k[46])
            LaneState.round3(&b, c, d, a, m2, 23, k[47])

            LaneState.round4(&a, b, c, d, m0, 6, k[48])
            LaneState.round4(&d, a, b, c, m7, 10, k[49])
            LaneState.round4(&c, d, a, b, m14, 15, k[50])
            LaneState.round4(&b, c, d, a, m5, 21, k[51])
            LaneState.round4(&a, b, c, d, m12, 6, k[52])
            LaneState.round4(&d, a, b, c, m3, 10, k[53])
            LaneState.round4(&c, d, a, b, m10, 15, k[54])
            LaneState.round4(&b, c, d, a, m1, 21, k[55])
            LaneState.round4(&a, b, c, d, m8, 6, k[56])
            LaneState.round4(&d, a, b, c, m15, 10, k[57])
            LaneState.round4(&c, d, a, b, m6, 15, k[58])
            LaneState.round4(&b, c, d, a, m13, 21, k[59])
            LaneState.round4(&a, b, c, d, m4, 6, k[60])
            LaneState.round4(&d, a, b, c, m11, 10, k[61])
            LaneState.round4(&c, d, a, b, m2, 15, k[62])
            LaneState.round4(&b, c, d, a, m9, 21, k[63])

            self.a &+= a
            self.b &+= b
            self.c &+= c
            self.d &+= d
        }

        // The steps of MD5.round1…round4, lane by lane.

        @inline(__always) private static func rotate(_ value: SIMD4<UInt32>, _ amount: UInt32) -> SIMD4<UInt32> {
            // SSE2 has no vector rotate. Written with `|` (or `^`), LLVM recognises a rotate and, lacking the
            // instruction, takes the lanes apart for four scalar `rol`s; the sum of the two disjoint shifts is the
            // same value and stays two vector shifts and an or (checked with objdump on the release build).
            (value &<< amount) &+ (value &>> (32 &- amount))
        }

        @inline(__always) private static func round1(
            _ a: inout SIMD4<UInt32>, _ b: SIMD4<UInt32>, _ c: SIMD4<UInt32>, _ d: SIMD4<UInt32>,
            _ word: SIMD4<UInt32>, _ shift: UInt32, _ constant: SIMD4<UInt32>
        ) {
            a = b &+ rotate((a &+ word &+ constant) &+ (d ^ (b & (c ^ d))), shift)
        }

        @inline(__always) private static func round2(
            _ a: inout SIMD4<UInt32>, _ b: SIMD4<UInt32>, _ c: SIMD4<UInt32>, _ d: SIMD4<UInt32>,
            _ word: SIMD4<UInt32>, _ shift: UInt32, _ constant: SIMD4<UInt32>
        ) {
            a = b &+ rotate((a &+ word &+ constant &+ (c & ~d)) &+ (b & d), shift)
        }

        @inline(__always) private static func round3(
            _ a: inout SIMD4<UInt32>, _ b: SIMD4<UInt32>, _ c: SIMD4<UInt32>, _ d: SIMD4<UInt32>,
            _ word: SIMD4<UInt32>, _ shift: UInt32, _ constant: SIMD4<UInt32>
        ) {
            a = b &+ rotate((a &+ word &+ constant) &+ (b ^ (c ^ d)), shift)
        }

        @inline(__always) private static func round4(
            _ a: inout SIMD4<UInt32>, _ b: SIMD4<UInt32>, _ c: SIMD4<UInt32>, _ d: SIMD4<UInt32>,
            _ word: SIMD4<UInt32>, _ shift: UInt32, _ constant: SIMD4<UInt32>
        ) {
            a = b &+ rotate((a &+ word &+ constant) &+ (c ^ (b | ~d)), shift)
        }
    }
}
