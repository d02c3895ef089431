#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
import Synchronization

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes files so that a reader, or a run killed half-way, never sees a half-written file
/// under its final name.
///
/// Each file is written to a temporary name in the same folder (`.name.tmp-<pid>-<n>`) and
/// then renamed over the final name with `renameat(2)`, which replaces a name atomically on one
/// file system. Without ``synchronizes`` nothing is flushed to the disk: after a power loss a
/// file may be its old version or missing, and in rare cases on some file systems empty, but
/// a killed *process* never leaves a partial final file. With ``synchronizes`` every file is
/// `fsync`ed before its rename, and its folder's entries after, so files reported written
/// survive a crash, at a cost of one disk flush per file.
///
/// To write many files below one folder, open an ``OutputFolder``: it resolves names relative
/// to open folders and never writes through a symbolic link.
public struct AtomicFileWriter: Sendable {
    /// Whether each file is flushed to the disk before it is renamed into place.
    public let synchronizes: Bool

    /// Numbers temporary files uniquely within the process.
    private static let counter = Atomic<Int>(0)
    /// `.tmp-<pid>-`, the middle of every temporary name, made once.
    private static let temporaryInfix = ".tmp-\(getpid())-"

    /// Creates a writer.
    public init(synchronizes: Bool = false) {
        self.synchronizes = synchronizes
    }

    /// Writes `text` as UTF-8 to `path`, atomically.
    public func write(_ text: String, to path: String) throws(PosixError) {
        var text = text
        let result: Result<Void, PosixError> = text.withUTF8 { buffer in
            Result { () throws(PosixError) in try write(buffer, to: path) }
        }
        try result.get()
    }

    /// Writes the data to `path`, atomically.
    public func write(_ data: Data, to path: String) throws(PosixError) {
        let result: Result<Void, PosixError> = data.withUnsafeBytes { bytes in
            Result { () throws(PosixError) in try write(bytes.bindMemory(to: UInt8.self), to: path) }
        }
        try result.get()
    }

    /// Writes the bytes to `path` (relative to the working folder, or absolute), atomically.
    /// The folders of the path are followed as they are, symbolic links included.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(PosixError) {
        try write(bytes, named: path, in: AT_FDCWD, shownPath: path)
    }

    /// Writes the bytes to `name` inside the open folder `folder` (or, with `AT_FDCWD`, to a
    /// path from the working folder): `openat`, `write`, `close`, `renameat`, and with
    /// ``synchronizes`` an `fsync` before the rename.
    ///
    /// `shownPath` names the file in errors; it is only worked out when there is one.
    package func write(
        _ bytes: UnsafeBufferPointer<UInt8>, named name: String, in folder: Int32, shownPath: @autoclosure () -> String
    ) throws(PosixError) {
        let temporary = Self.temporaryName(for: name)
        let descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PosixError(call: "openat", code: errno, path: shownPath()) }
        do throws(PosixError) {
            try finish(bytes, descriptor: descriptor, shownPath: shownPath)
            guard renameat(folder, temporary, folder, name) == 0 else {
                throw PosixError(call: "renameat", code: errno, path: shownPath())
            }
        } catch {
            unlinkat(folder, temporary, 0)
            throw error
        }
    }

    /// Writes, optionally flushes, and closes the temporary file; the descriptor is closed whatever happens.
    private func finish(_ bytes: UnsafeBufferPointer<UInt8>, descriptor: Int32, shownPath: () -> String) throws(PosixError) {
        var closed = false
        defer { if !closed { close(descriptor) } }
        do throws(PosixError) {
            try PosixFile.writeAll(bytes, to: descriptor)
        } catch {
            throw PosixError(call: error.call, code: error.code, path: shownPath())
        }
        if synchronizes, fsync(descriptor) != 0 { throw PosixError(call: "fsync", code: errno, path: shownPath()) }
        closed = true
        guard close(descriptor) == 0 else { throw PosixError(call: "close", code: errno, path: shownPath()) }
    }

    /// Flushes the given folders' entries to the disk when the writer ``synchronizes``: call it
    /// after writing files by path. (An ``OutputFolder`` flushes its folders itself.)
    public func synchronizeDirectories(_ folders: some Sequence<String>) throws(PosixError) {
        guard synchronizes else { return }
        for folder in Set(folders).sorted() {
            try PosixFile.synchronizeDirectory(folder)
        }
    }

    /// `.name.tmp-<pid>-<n>` beside `path`: hidden, and never a name the tool writes finally.
    package static func temporaryPath(for path: String) -> String {
        String(decoding: temporaryName(for: path).dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// ``temporaryPath(for:)`` as the NUL-terminated bytes a system call takes, put together
    /// byte by byte: joining `String`s cost more than the system calls of a small file.
    private static func temporaryName(for path: String) -> [CChar] {
        let number = counter.add(1, ordering: .relaxed).newValue
        var name: [CChar] = []
        name.reserveCapacity(path.utf8.count + temporaryInfix.utf8.count + 22)
        var path = path
        path.withUTF8 { bytes in
            let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
            name.append(contentsOf: bytes[..<nameStart].lazy.map { CChar(bitPattern: $0) })
            name.append(CChar(bitPattern: UInt8(ascii: ".")))
            name.append(contentsOf: bytes[nameStart...].lazy.map { CChar(bitPattern: $0) })
        }
        name.append(contentsOf: temporaryInfix.utf8.lazy.map { CChar(bitPattern: $0) })
        appendDecimal(number, to: &name)
        name.append(0)
        return name
    }

    /// Appends the decimal digits of a non-negative number.
    private static func appendDecimal(_ number: Int, to name: inout [CChar]) {
        let start = name.count
        var rest = number
        repeat {
            name.append(CChar(bitPattern: UInt8(ascii: "0") + UInt8(rest % 10)))
            rest /= 10
        } while rest > 0
        name[start...].reverse()
    }
}
