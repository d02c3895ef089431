/// The CRC-32 checksum of ZIP and PNG (ISO 3309, ITU-T V.42: polynomial 0xEDB88320 reflected,
/// initial value and final XOR 0xFFFFFFFF).
///
/// It reads eight bytes at a step with eight 256-entry tables ("slicing by 8"), so that the
/// checksum costs a fraction of the rendering it follows.
enum CRC32 {
    /// Table `k` (entries `256 k ..< 256 (k + 1)`) holds the remainder of a byte followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var remainder = UInt32(byte)
            for _ in 0..<8 {
                remainder = remainder & 1 == 1 ? (remainder >> 1) ^ 0xEDB8_8320 : remainder >> 1
            }
            tables[byte] = remainder
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { input in
            tables.withUnsafeBufferPointer { table in
                var crc: UInt32 = 0xFFFF_FFFF
                var index = 0
                while index + 8 <= input.count {
                    let low = crc ^ (UInt32(input[index]) | UInt32(input[index + 1]) << 8
                        | UInt32(input[index + 2]) << 16 | UInt32(input[index + 3]) << 24)
                    crc = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                        ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                        ^ table[3 * 256 + Int(input[index + 4])] ^ table[2 * 256 + Int(input[index + 5])]
                        ^ table[256 + Int(input[index + 6])] ^ table[Int(input[index + 7])]
                    index += 8
                }
                while index < input.count {
                    crc = table[Int((crc ^ UInt32(input[index])) & 0xFF)] ^ (crc >> 8)
                    index += 1
                }
                return crc ^ 0xFFFF_FFFF
            }
        }
    }
}
