#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A folder that rendered files are written below, held open: each file's folders are opened
/// relative to it (`openat`, `mkdirat`, `renameat`), never resolved from the root again, and
/// never through a symbolic link.
///
/// The folder itself is created if it is missing, and followed if it is a symbolic link (the
/// caller named it). Every folder *below* it is opened with `O_NOFOLLOW`: a symbolic link there
/// is refused with an error saying so, so that no file is ever written outside the folder.
/// Files are written with ``AtomicFileWriter`` (temporary name, then rename). With
/// ``synchronizes``, each folder's entries are flushed after its files are renamed into place,
/// and a folder's parent after the folder is made.
///
/// One `OutputFolder` may be used from several threads at once.
public final class OutputFolder: Sendable {
    /// The folder's path, as given.
    public let path: String
    /// The writer of each file.
    public let writer: AtomicFileWriter
    /// The open folder.
    private let descriptor: Int32

    /// Opens the folder at `path`, creating it and its missing parents.
    public init(path: String, synchronizes: Bool = false) throws(PosixError) {
        try PosixFile.makeDirectories(path)
        self.path = path
        self.writer = AtomicFileWriter(synchronizes: synchronizes)
        self.descriptor = try PosixFile.openFolder(atPath: path)
    }

    deinit {
        PosixFile.closeQuietly(descriptor)
    }

    /// Whether files and folder entries are flushed to the disk.
    public var synchronizes: Bool { writer.synchronizes }

    /// Writes the files below the folder, in order, creating the folders their paths name.
    ///
    /// Consecutive files in the same folder share one opened folder, so one document's files
    /// cost four system calls each (`openat`, `write`, `close`, `renameat`). A failure throws
    /// at the first file that could not be written; the files before it are in place.
    public func write(_ files: [RenderedFile]) throws(PosixError) {
        var open: OpenFolder?
        defer { release(open) }
        for file in files {
            guard let (folder, name) = Self.folderAndName(of: file.path) else { throw PosixError.outsideFolder(file.path) }
            if open?.isFolder(folder) != true {
                try flush(open)
                release(open)
                open = nil
                open = OpenFolder(path: folder, descriptor: try openFolder(folder))
            }
            let target = open?.descriptor ?? descriptor
            let result: Result<Void, PosixError> = file.bytes.withUnsafeBufferPointer { buffer in
                Result { () throws(PosixError) in
                    try writer.write(buffer, named: name, in: target, shownPath: shown(file.path))
                }
            }
            try result.get()
        }
        try flush(open)
    }

    /// Writes one file below the folder.
    public func write(_ file: RenderedFile) throws(PosixError) {
        try write([file])
    }

    /// The folder part (empty for none) and the name of a path below this folder, split at the
    /// byte `/`; `nil` if a component is empty, `.` or `..`.
    private static func folderAndName(of path: String) -> (folder: Substring, name: String)? {
        guard let nameOffset = lastComponentOffset(of: path) else { return nil }
        let utf8 = path.utf8
        let nameStart = utf8.index(utf8.startIndex, offsetBy: nameOffset)
        let folder = nameOffset == 0 ? "" : Substring(utf8[..<utf8.index(before: nameStart)])
        return (folder, String(Substring(utf8[nameStart...])))
    }

    /// The byte offset of a path's last component, if no component is empty, `.` or `..`.
    private static func lastComponentOffset(of path: String) -> Int? {
        var path = path
        return path.withUTF8 { bytes in
            var start = 0
            while true {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.count
                let component = bytes[start..<end]
                if component.isEmpty || (component.count <= 2 && component.allSatisfy { $0 == UInt8(ascii: ".") }) { return nil }
                if end == bytes.count { return start }
                start = end + 1
            }
        }
    }

    /// Opens a folder below this one, one component at a time, making the missing ones.
    private func openFolder(_ folder: Substring) throws(PosixError) -> Int32 {
        var current = descriptor
        for component in folder.utf8.split(separator: UInt8(ascii: "/")) {
            let reached = Substring(folder.utf8[..<component.endIndex])
            let next: Int32
            do throws(PosixError) {
                next = try PosixFile.openFolder(String(Substring(component)), in: current, synchronizes: synchronizes, shownPath: shown(String(reached)))
            } catch {
                if current != descriptor { PosixFile.closeQuietly(current) }
                throw error
            }
            if current != descriptor { PosixFile.closeQuietly(current) }
            current = next
        }
        return current
    }

    /// A folder below this one, opened for the files that go into it.
    private struct OpenFolder {
        /// Its path below this folder; empty for this folder itself.
        let path: Substring
        /// The open folder (this folder's own descriptor when `path` is empty).
        let descriptor: Int32

        /// Whether `folder` names this folder, byte for byte (as the file system compares names).
        func isFolder(_ folder: Substring) -> Bool {
            path.utf8.elementsEqual(folder.utf8)
        }
    }

    /// Flushes an opened folder's entries when the writer synchronizes.
    private func flush(_ open: OpenFolder?) throws(PosixError) {
        guard synchronizes, let open else { return }
        guard fsync(open.descriptor) == 0 else {
            throw PosixError(call: "fsync", code: errno, path: shown(String(open.path)))
        }
    }

    /// Closes an opened folder, unless it is this folder itself.
    private func release(_ open: OpenFolder?) {
        if let open, open.descriptor != descriptor { PosixFile.closeQuietly(open.descriptor) }
    }

    /// A path below the folder as people see it: `out/team/plan.md`.
    private func shown(_ relative: String) -> String {
        Paths.join(path, relative)
    }
}
