/// HMAC with SHA-256 (RFC 2104, FIPS 198-1), written out so that the module needs no dependency.
///
/// Tested against the test vectors of RFC 4231.
public enum HMACSHA256 {
    /// The message authentication code of a message under a key.
    public static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        var blockKey = key.count > SHA256.blockByteCount ? SHA256.hash(key) : key
        blockKey += [UInt8](repeating: 0, count: SHA256.blockByteCount - blockKey.count)
        let innerPad = blockKey.map { $0 ^ 0x36 }
        let outerPad = blockKey.map { $0 ^ 0x5c }
        return SHA256.hash(outerPad + SHA256.hash(innerPad + message))
    }
}

extension Array where Element == UInt8 {
    /// The bytes as lower-case hexadecimal text, two digits per byte.
    var hexString: String {
        map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
