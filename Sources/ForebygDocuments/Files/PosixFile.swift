package import ForebygCore
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Thin wrappers over the POSIX file calls the tool uses, turning `errno` into ``PosixError``.
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

    /// Reads from the descriptor until its end.
    package static func readAll(from descriptor: Int32) throws(PosixError) -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw PosixError(call: "read", code: errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads a whole file.
    package static func read(path: String) throws(PosixError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno) }
        defer { close(descriptor) }
        return try readAll(from: descriptor)
    }

    /// Creates a folder and its missing parents; an existing folder is fine.
    package static func makeDirectories(_ path: String) throws(PosixError) {
        guard !path.isEmpty, !isDirectory(path) else { return }
        let parent = Paths.parent(of: path)
        if parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw PosixError(call: "mkdir", code: errno)
        }
    }

    /// The names in a folder, without `.` and `..`, in the order the file system gives them.
    package static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether a folder exists at the path (following symbolic links).
    package static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Flushes a folder's entries (new names from `rename`) to the disk.
    package static func synchronizeDirectory(_ path: String) throws(PosixError) {
        let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw PosixError(call: "fsync", code: errno) }
    }
}

/// `write(2)`, under a name that ``PosixFile``'s own members do not shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// `read(2)`, under a name that ``PosixFile/read(path:)`` does not shadow.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}

/// A failed POSIX call with its `errno`.
public struct PosixError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The call that failed, for example `rename`.
    public let call: String
    /// The `errno` value.
    public let code: Int32

    /// `rename: No such file or directory`.
    public var description: String {
        "\(call): \(String(cString: strerror(code)))"
    }
}
