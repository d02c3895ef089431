/// A ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries, written in memory.
///
/// Every entry is stored as is (method 0), so no compressor is needed; a `.docx` is then about
/// as large as its XML, which a document's handful of kilobytes can afford. Every entry carries
/// the same fixed time stamp (1980-01-01 00:00, the earliest a ZIP can say) and entries keep the
/// order they were added in, so the same entries always give the same bytes. Sizes and offsets
/// are 32-bit: an archive stays below 4 GiB (no ZIP64).
struct ZIPArchive {
    /// The local headers and entry data written so far.
    private var body: [UInt8] = []
    /// The central directory records, one per entry.
    private var directory: [UInt8] = []
    /// The number of entries.
    private var count = 0

    /// Creates an empty archive with room for about `capacity` bytes.
    init(capacity: Int) {
        body.reserveCapacity(capacity)
    }

    /// The fixed DOS date of every entry: 1980-01-01 (year 0, month 1, day 1).
    private static let dosDate: UInt16 = 1 << 5 | 1
    /// The fixed DOS time of every entry: 00:00:00.
    private static let dosTime: UInt16 = 0

    /// Adds an entry named `path` (ASCII, `/`-separated) holding `bytes`.
    mutating func add(path: String, bytes: [UInt8]) {
        let name = Array(path.utf8)
        let crc = CRC32.checksum(bytes)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        let offset = UInt32(truncatingIfNeeded: body.count)
        body.appendLittleEndian(UInt32(0x0403_4B50))
        appendCommonHeader(to: &body, name: name, crc: crc, size: size)
        body.append(contentsOf: name)
        body.append(contentsOf: bytes)
        directory.appendLittleEndian(UInt32(0x0201_4B50))
        directory.appendLittleEndian(UInt16(20))  // made by: MS-DOS, version 2.0
        appendCommonHeader(to: &directory, name: name, crc: crc, size: size)
        directory.appendLittleEndian(UInt16(0))  // comment length
        directory.appendLittleEndian(UInt16(0))  // disk number
        directory.appendLittleEndian(UInt16(0))  // internal attributes
        directory.appendLittleEndian(UInt32(0))  // external attributes
        directory.appendLittleEndian(offset)
        directory.append(contentsOf: name)
        count += 1
    }

    /// The fields a local header and a central directory record share, from "version needed" to
    /// "extra field length".
    private func appendCommonHeader(to bytes: inout [UInt8], name: [UInt8], crc: UInt32, size: UInt32) {
        bytes.appendLittleEndian(UInt16(10))  // version needed: 1.0, stored entries
        bytes.appendLittleEndian(UInt16(0))  // flags
        bytes.appendLittleEndian(UInt16(0))  // method: stored
        bytes.appendLittleEndian(Self.dosTime)
        bytes.appendLittleEndian(Self.dosDate)
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(size)  // compressed size
        bytes.appendLittleEndian(size)  // uncompressed size
        bytes.appendLittleEndian(UInt16(truncatingIfNeeded: name.count))
        bytes.appendLittleEndian(UInt16(0))  // extra field length
    }

    /// The archive's bytes: the entries, the central directory and its end record.
    func finish() -> [UInt8] {
        var bytes = body
        bytes.append(contentsOf: directory)
        bytes.appendLittleEndian(UInt32(0x0605_4B50))
        bytes.appendLittleEndian(UInt16(0))  // this disk
        bytes.appendLittleEndian(UInt16(0))  // disk with the directory
        bytes.appendLittleEndian(UInt16(truncatingIfNeeded: count))
        bytes.appendLittleEndian(UInt16(truncatingIfNeeded: count))
        bytes.appendLittleEndian(UInt32(truncatingIfNeeded: directory.count))
        bytes.appendLittleEndian(UInt32(truncatingIfNeeded: body.count))
        bytes.appendLittleEndian(UInt16(0))  // comment length
        return bytes
    }
}

extension [UInt8] {
    /// Appends an integer's bytes, least significant first, as ZIP stores every number.
    fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
