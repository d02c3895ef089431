#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Path arithmetic on plain strings, lexically (no symbolic links are resolved).
///
/// Paths are split at the byte `/`, as the kernel splits them, never by `Character`: a `/`
/// followed by a combining mark is still a separator, and no grapheme breaking is paid per
/// file in a batch.
package enum Paths {
    /// The separator's byte.
    private static let separator = UInt8(ascii: "/")

    /// The folder part of a path: `a/b` for `a/b/c.json`, `.` for `c.json`, `/` for `/c`.
    package static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: separator) else { return "." }
        return slash == path.startIndex ? "/" : text(path.utf8[..<slash])
    }

    /// The last component: `c.json` for `a/b/c.json`.
    package static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: separator) else { return path }
        return text(path.utf8[path.utf8.index(after: slash)...])
    }

    /// The path without its last component's final extension: `a/b/c` for `a/b/c.json`; a
    /// name that only starts with a dot (`.json`) has none.
    package static func removingExtension(of path: String) -> String {
        let utf8 = path.utf8
        let nameStart = utf8.lastIndex(of: separator).map(utf8.index(after:)) ?? utf8.startIndex
        guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return path }
        return text(utf8[..<dot])
    }

    /// Joins two paths; an empty part is left out.
    package static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || relative.utf8.first == separator { return relative }
        if relative.isEmpty { return base }
        return base.utf8.last == separator ? base + relative : base + "/" + relative
    }

    /// The absolute, normalised form of a path (`.` and `..` resolved lexically) against the
    /// working folder, `workingFolder` if given (so that a caller with many paths asks once).
    package static func absolute(_ path: String, from workingFolder: String? = nil) -> String {
        let full = path.utf8.first == separator ? path : join(workingFolder ?? currentDirectory(), path)
        var components: [Substring.UTF8View] = []
        for component in full.utf8.split(separator: separator) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                _ = components.popLast()
                continue
            }
            components.append(component)
        }
        return joined(components)
    }

    /// The components of `path` below `ancestor` (both absolute and normalised), joined with `/`.
    package static func relative(_ path: String, to ancestor: String) -> String {
        let prefix = ancestor == "/" ? "/" : ancestor + "/"
        guard path.utf8.starts(with: prefix.utf8) else { return lastComponent(of: path) }
        return text(path.utf8.dropFirst(prefix.utf8.count))
    }

    /// The deepest folder that contains every one of the absolute, normalised folders given.
    package static func commonAncestor(of folders: [String]) -> String {
        guard var common = folders.first?.utf8.split(separator: separator) else { return "/" }
        for folder in folders.dropFirst() {
            let parts = folder.utf8.split(separator: separator)
            common = Array(zip(common, parts).prefix { $0.elementsEqual($1) }.map(\.0))
        }
        return joined(common)
    }

    /// `/a/b` for the components `a` and `b`; `/` for none.
    private static func joined(_ components: [Substring.UTF8View]) -> String {
        guard !components.isEmpty else { return "/" }
        var path = ""
        for component in components {
            path += "/"
            path += text(component)
        }
        return path
    }

    /// The text of a run of a string's bytes that starts and ends at a `/` or at an end, so on
    /// scalar boundaries.
    private static func text(_ bytes: Substring.UTF8View) -> String {
        String(Substring(bytes))
    }

    /// The process's working folder.
    package static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
