public import ForebygCore
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
/// then renamed over the final name with `rename(2)`, which replaces a name atomically on one
/// file system. Without ``synchronizes`` nothing is flushed to the disk: after a power loss a
/// file may be its old version or missing, and in rare cases on some file systems empty, but
/// a killed *process* never leaves a partial final file. With ``synchronizes`` every file is
/// `fsync`ed before its rename, and ``synchronizeDirectories(_:)`` flushes the folders'
/// entries, so files reported written survive a crash, at a cost of one disk flush per file.
public struct AtomicFileWriter: Sendable {
    /// Whether each file is flushed to the disk before it is renamed into place.
    public let synchronizes: Bool

    /// Numbers temporary files uniquely within the process.
    private static let counter = Atomic<Int>(0)

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

    /// Writes the bytes to `path`, atomically.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(PosixError) {
        let temporary = Self.temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PosixError(call: "open", code: errno) }
        do throws(PosixError) {
            try finish(bytes, descriptor: descriptor)
            guard rename(temporary, path) == 0 else { throw PosixError(call: "rename", code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes, optionally flushes, and closes the temporary file; the descriptor is closed whatever happens.
    private func finish(_ bytes: UnsafeBufferPointer<UInt8>, descriptor: Int32) throws(PosixError) {
        var closed = false
        defer { if !closed { close(descriptor) } }
        try PosixFile.writeAll(bytes, to: descriptor)
        if synchronizes, fsync(descriptor) != 0 { throw PosixError(call: "fsync", code: errno) }
        closed = true
        guard close(descriptor) == 0 else { throw PosixError(call: "close", code: errno) }
    }

    /// Flushes the given folders' entries to the disk when the writer ``synchronizes``.
    public func synchronizeDirectories(_ folders: some Sequence<String>) throws(PosixError) {
        guard synchronizes else { return }
        for folder in Set(folders).sorted() {
            try PosixFile.synchronizeDirectory(folder)
        }
    }

    /// `.name.tmp-<pid>-<n>` beside `path`: hidden, and never a name the tool writes finally.
    package static func temporaryPath(for path: String) -> String {
        let number = counter.add(1, ordering: .relaxed).newValue
        let name = ".\(Paths.lastComponent(of: path)).tmp-\(getpid())-\(number)"
        return Paths.join(path.contains("/") ? Paths.parent(of: path) : "", name)
    }
}
