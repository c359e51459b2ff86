import Testing

@testable import QREncoder

/// Reed–Solomon encoding against published examples and the defining algebraic property.
struct ReedSolomonTests {
    @Test func helloWorldVersion1MediumExample() {
        // Alphanumeric "HELLO WORLD" at 1-M, the widely published worked example.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        let expected: [UInt8] = [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10) == expected)
    }

    @Test func numericExampleFromStandardAnnex() {
        // Numeric "01234567" at 1-M from the standard's encoding example.
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        let expected: [UInt8] = [165, 36, 212, 193, 237, 54, 199, 135, 44, 85]
        #expect(ReedSolomon.errorCorrection(for: data, count: 10) == expected)
    }

    @Test func generatorPolynomialOfDegree7() {
        // g(x) = x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹
        let exponents = ReedSolomon.generator(degree: 7).map { GaloisField.logarithms[Int($0)] }
        #expect(exponents == [0, 87, 229, 146, 149, 238, 102, 21])
    }

    @Test(arguments: [7, 10, 13, 17, 22, 26, 28, 30])
    func codewordHasZeroSyndromes(ecCount: Int) {
        let data = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let codeword = data + ReedSolomon.errorCorrection(for: data, count: ecCount)
        // A valid codeword, read as a polynomial, vanishes at every root α⁰…αⁿ⁻¹ of the generator.
        for root in 0..<ecCount {
            let alpha = GaloisField.power(root)
            let value = codeword.reduce(UInt8(0)) { GaloisField.multiply($0, alpha) ^ $1 }
            #expect(value == 0, "syndrome \(root) is not zero")
        }
    }
}
