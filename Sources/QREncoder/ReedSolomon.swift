/// Arithmetic in GF(256) reduced by the QR code polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D).
enum GaloisField {
    /// Powers of the generator α = 2; 510 entries so a sum of two logarithms needs no modulo.
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            table[power + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// Discrete logarithms base α; the entry for 0 is unused.
    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 { table[Int(exponents[power])] = power }
        return table
    }()

    /// The product of two field elements.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exponents[logarithms[Int(a)] + logarithms[Int(b)]]
    }

    /// α raised to `power` (0 ≤ power < 510).
    static func power(_ power: Int) -> UInt8 {
        exponents[power]
    }
}

/// Reed–Solomon error correction codewords as specified for QR codes.
enum ReedSolomon {
    /// Coefficients of ∏(x − αⁱ) for i in 0..<degree, highest degree first (the leading 1 included).
    static func generator(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for root in 0..<degree {
            var product = [UInt8](repeating: 0, count: polynomial.count + 1)
            let alpha = GaloisField.power(root)
            for (index, coefficient) in polynomial.enumerated() {
                product[index] ^= coefficient
                product[index + 1] ^= GaloisField.multiply(coefficient, alpha)
            }
            polynomial = product
        }
        return polynomial
    }

    /// The `count` error correction codewords for one block of data codewords.
    static func errorCorrection(for data: [UInt8], count: Int) -> [UInt8] {
        let generator = generator(degree: count)
        // Polynomial long division of data·xⁿ by the generator, keeping only the remainder.
        var remainder = [UInt8](repeating: 0, count: count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<count {
                remainder[index] ^= GaloisField.multiply(generator[index + 1], factor)
            }
        }
        return remainder
    }
}
