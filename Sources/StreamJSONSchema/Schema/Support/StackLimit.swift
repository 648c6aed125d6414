// How far the current thread's stack may grow, so that deep recursion fails with a diagnostic instead of a crash.

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The current thread's stack bounds.
///
/// A recursive schema applied to a deeply nested instance recurses once per level; how deep that may go depends on
/// the thread (the main thread has megabytes, pool threads much less) and on the build (debug frames are large).
/// Rather than guess a depth, the validator asks for the real lower bound once nesting gets deep and stops with a
/// diagnostic when the stack pointer gets within a safety margin of it.
enum StackLimit {
    /// The lowest stack address the current thread may safely use, keeping `margin` bytes in reserve; `nil` when
    /// the platform cannot tell.
    static func floor(margin: Int) -> UInt? {
        #if canImport(Darwin)
            let thread = pthread_self()
            let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
            let size = UInt(pthread_get_stacksize_np(thread))
            return top - size + UInt(margin)
        #elseif canImport(Glibc) || canImport(Musl)
            // `pthread_getattr_np` is a GNU extension the Glibc module does not export; look it up at run time.
            typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
            guard let symbol = dlsym(nil, "pthread_getattr_np") else { return nil }
            let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
            var attributes = pthread_attr_t()
            guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
            defer { pthread_attr_destroy(&attributes) }
            var address: UnsafeMutableRawPointer?
            var size = 0
            guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
            return UInt(bitPattern: address) + UInt(margin)
        #else
            return nil
        #endif
    }

    /// An address in the caller's stack frame.
    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}
