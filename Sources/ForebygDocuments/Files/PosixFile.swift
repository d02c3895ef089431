#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

package import ForebygCore

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Thin wrappers over the POSIX file calls the package uses, turning `errno` into ``PosixError``.
package enum PosixFile {
    /// Writes every byte of the buffer, retrying short writes and interruptions.
    package static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(PosixError) {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw PosixError(call: "write", code: errno)
            }
            offset += written
        }
    }

    /// Reads from the descriptor until its end, straight into the result's own storage (no
    /// intermediate chunk to copy from), doubling it when it fills. `expectedSize` (a regular
    /// file's size) sizes the storage at once, one byte over so that the end is seen without
    /// growing: a 564 MB file takes 564 MB, not a zero-filled gigabyte, and a 5 KB plan 5 KB,
    /// not a zero-filled 64 KB. Without a size the storage starts at 64 KB.
    package static func readAll(from descriptor: Int32, expectedSize: Int = 0) throws(PosixError) -> Data {
        var data = Data(count: expectedSize > 0 ? expectedSize + 1 : 1 << 16)
        var length = 0
        while true {
            if length == data.count { data.count *= 2 }
            let count = data.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + length, $0.count - length) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PosixError(call: "read", code: errno)
            }
            if count == 0 { break }
            length += count
        }
        data.count = length
        return data
    }

    /// Reads a whole file.
    package static func read(path: String) throws(PosixError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno) }
        defer { close(descriptor) }
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        return try readAll(from: descriptor, expectedSize: isRegular ? Int(status.st_size) : 0)
    }

    /// Files at least this large are mapped rather than read (``map(path:)``).
    package static let mappingThreshold = 64 << 20

    /// Reads a whole file; a regular file of at least ``mappingThreshold`` bytes is mapped
    /// read-only instead, with the pages the reader may release, so that its text is file-backed
    /// memory the reader lets go of behind it, not a copy. A smaller file, or one that cannot
    /// be mapped, is read.
    ///
    /// A mapped file that another program truncates while it is read would fault; only large
    /// inputs take that risk, for their memory.
    package static func map(path: String) throws(PosixError) -> (data: Data, pages: JSONTextPages?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno) }
        defer { close(descriptor) }
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        let size = isRegular ? Int(status.st_size) : 0
        guard size >= mappingThreshold, let mapped = mapReadOnly(descriptor, size: size) else {
            return (try readAll(from: descriptor, expectedSize: size), nil)
        }
        let address = UInt(bitPattern: mapped)
        let data = Data(bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
        return (data, JSONTextPages { range in releasePages(at: address, range) })
    }

    private static func mapReadOnly(_ descriptor: Int32, size: Int) -> UnsafeMutableRawPointer? {
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        return mapped
    }

    /// Drops the whole pages inside `range` of the mapping at `address` from resident memory;
    /// they are read in again from the file if touched.
    private static func releasePages(at address: UInt, _ range: Range<Int>) {
        let page = Int(getpagesize())
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: address + UInt(start)) else { return }
        _ = madvise(pointer, end - start, MADV_DONTNEED)
    }

    /// Creates a folder and its missing parents; an existing folder is fine.
    package static func makeDirectories(_ path: String) throws(PosixError) {
        guard !path.isEmpty, !isDirectory(path) else { return }
        let parent = Paths.parent(of: path)
        if parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw PosixError(call: "mkdir", code: errno, path: path)
        }
    }

    /// Opens the folder `name` inside the folder `parent` for `*at` calls, creating it if it is
    /// missing, and never through a symbolic link (`O_NOFOLLOW`): a link there is refused.
    ///
    /// A folder made here is flushed into its parent's entries when `synchronizes` is set.
    /// `shownPath` names the folder in errors.
    package static func openFolder(
        _ name: String, in parent: Int32, synchronizes: Bool, shownPath: String
    ) throws(PosixError) -> Int32 {
        let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
        var descriptor = openat(parent, name, flags)
        if descriptor < 0, errno == ENOENT {
            guard mkdirat(parent, name, 0o755) == 0 || errno == EEXIST else {
                throw PosixError(call: "mkdirat", code: errno, path: shownPath)
            }
            if synchronizes, fsync(parent) != 0 { throw PosixError(call: "fsync", code: errno, path: shownPath) }
            descriptor = openat(parent, name, flags)
        }
        guard descriptor >= 0 else {
            let code = errno
            if isSymbolicLink(name, in: parent) { throw PosixError.symbolicLinkFolder(shownPath) }
            throw PosixError(call: "openat", code: code, path: shownPath)
        }
        return descriptor
    }

    /// Whether `name` inside the folder `parent` is a symbolic link itself.
    private static func isSymbolicLink(_ name: String, in parent: Int32) -> Bool {
        var status = stat()
        return fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// Opens a folder by path (symbolic links followed: the caller named it) for `*at` calls.
    package static func openFolder(atPath path: String) throws(PosixError) -> Int32 {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno, path: path) }
        return descriptor
    }

    /// Closes a descriptor, ignoring errors (folders and files already written or failed).
    package static func closeQuietly(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// One name in a folder: its bytes as the file system gives them, and the text if it is
    /// valid UTF-8.
    package struct Entry: Sendable {
        /// The name's bytes, without the terminating zero.
        package let bytes: [UInt8]
        /// Whether the folder listing says it is a regular file (not a folder, not a symbolic
        /// link), so that it needs no `stat`; `false` when the file system does not say.
        package let isRegularFile: Bool
        /// The name as text, or `nil` if its bytes are not valid UTF-8.
        package var name: String? { String(validating: bytes, as: UTF8.self) }
        /// The name for people: valid UTF-8 as it is, other bytes as `\xFF`.
        package var shownName: String { PosixFile.escaped(bytes) }
    }

    /// The names in a folder, without `.` and `..`, in the order the file system gives them.
    package static func entries(of folder: String) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            let isRegularFile = entry.pointee.d_type == UInt8(DT_REG)
            if bytes != [0x2E], bytes != [0x2E, 0x2E] { entries.append(Entry(bytes: bytes, isRegularFile: isRegularFile)) }
        }
        return entries
    }

    /// A folder's identity on the system: its device and inode, so that a folder reached
    /// again through a symbolic link is recognised.
    package struct FolderIdentity: Hashable, Sendable {
        /// The device the folder is on.
        package let device: UInt64
        /// The folder's inode number on that device.
        package let inode: UInt64
    }

    /// The identity of the folder at the path (following symbolic links), or `nil` if the
    /// path is not a folder.
    package static func folderIdentity(_ path: String) -> FolderIdentity? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        // `dev_t` is signed on Apple platforms and unsigned on Linux: keep its bits either way.
        return FolderIdentity(device: UInt64(truncatingIfNeeded: status.st_dev), inode: UInt64(truncatingIfNeeded: status.st_ino))
    }

    /// Whether a folder exists at the path (following symbolic links).
    package static func isDirectory(_ path: String) -> Bool {
        folderIdentity(path) != nil
    }

    /// Flushes a folder's entries (new names from `rename`) to the disk.
    package static func synchronizeDirectory(_ path: String) throws(PosixError) {
        let descriptor = try openFolder(atPath: path)
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw PosixError(call: "fsync", code: errno, path: path) }
    }

    /// Bytes as text: valid UTF-8 sequences as they are, every other byte as `\xFF`.
    package static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(leading: bytes[index])
            let end = min(bytes.count, index + max(length, 1))
            if length > 0, let character = String(validating: bytes[index..<end], as: UTF8.self) {
                text += character
                index = end
            } else {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPaddedWithZero
                index += 1
            }
        }
        return text
    }

    /// The length of the UTF-8 sequence a byte starts, or 0 if it cannot start one.
    private static func sequenceLength(leading byte: UInt8) -> Int {
        switch byte {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}

extension String {
    /// `0F` for `F`: a byte in two hexadecimal digits.
    fileprivate var leftPaddedWithZero: String { count < 2 ? "0" + self : self }
}

/// `write(2)`, under a name that ``PosixFile``'s own members do not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// `read(2)`, under a name that ``PosixFile/read(path:)`` does not shadow.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
