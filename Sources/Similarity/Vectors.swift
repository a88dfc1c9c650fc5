/// Dense float vector arithmetic for the embedding code, eight lanes at a time (a float
/// reduction is not vectorised by the compiler on its own, since it would reorder sums).
enum Vectors {
    /// The dot product of `count` floats of `a` from `i` and of `b` from `j`.
    ///
    /// - Complexity: O(count).
    @inline(__always)
    static func dot(_ a: UnsafeBufferPointer<Float>, _ i: Int, _ b: UnsafeBufferPointer<Float>, _ j: Int, _ count: Int) -> Float {
        guard let pa = a.baseAddress, let pb = b.baseAddress, i + count <= a.count, j + count <= b.count else { return 0 }
        let x = UnsafeRawPointer(pa + i), y = UnsafeRawPointer(pb + j)
        var sum = SIMD8<Float>()
        var k = 0
        let stride = MemoryLayout<Float>.stride
        while k + 8 <= count {
            sum += x.loadUnaligned(fromByteOffset: k * stride, as: SIMD8<Float>.self)
                * y.loadUnaligned(fromByteOffset: k * stride, as: SIMD8<Float>.self)
            k += 8
        }
        var total = sum.sum()
        while k < count {
            total += pa[i + k] * pb[j + k]
            k += 1
        }
        return total
    }

    /// Adds `scale` times `count` floats of `x` from `i` to `y` from `j`.
    ///
    /// - Complexity: O(count).
    @inline(__always)
    static func add(_ scale: Float, _ x: UnsafeBufferPointer<Float>, _ i: Int,
                    into y: UnsafeMutableBufferPointer<Float>, _ j: Int, _ count: Int) {
        guard let px = x.baseAddress, let py = y.baseAddress, i + count <= x.count, j + count <= y.count else { return }
        let source = UnsafeRawPointer(px + i), target = UnsafeMutableRawPointer(py + j)
        let stride = MemoryLayout<Float>.stride
        let factor = SIMD8<Float>(repeating: scale)
        var k = 0
        while k + 8 <= count {
            let sum = target.loadUnaligned(fromByteOffset: k * stride, as: SIMD8<Float>.self)
                + factor * source.loadUnaligned(fromByteOffset: k * stride, as: SIMD8<Float>.self)
            target.storeBytes(of: sum, toByteOffset: k * stride, as: SIMD8<Float>.self)
            k += 8
        }
        while k < count {
            py[j + k] += scale * px[i + k]
            k += 1
        }
    }
}
