/// The CRC-32 checksum of ZIP and PNG (ISO 3309, ITU-T V.42: polynomial 0xEDB88320 reflected,
/// initial value and final XOR 0xFFFFFFFF), computed a byte at a time from a 256-entry table.
enum CRC32 {
    /// The remainder of every byte value, computed once.
    private static let table: [UInt32] = (0...255).map { byte in
        var remainder = UInt32(byte)
        for _ in 0..<8 {
            remainder = remainder & 1 == 1 ? (remainder >> 1) ^ 0xEDB8_8320 : remainder >> 1
        }
        return remainder
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { input in
            table.withUnsafeBufferPointer { table in
                var crc: UInt32 = 0xFFFF_FFFF
                for byte in input {
                    crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                }
                return crc ^ 0xFFFF_FFFF
            }
        }
    }
}
