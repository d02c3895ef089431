#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Path arithmetic on plain strings, lexically (no symbolic links are resolved).
package enum Paths {
    /// The folder part of a path: `a/b` for `a/b/c.json`, `.` for `c.json`, `/` for `/c`.
    package static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component: `c.json` for `a/b/c.json`.
    package static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The last component without its final extension: `c` for `a/b/c.json`.
    package static func stem(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Joins two paths; an empty part is left out.
    package static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || relative.hasPrefix("/") { return relative }
        if relative.isEmpty { return base }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// The absolute, normalised form of a path (`.` and `..` resolved lexically) against the
    /// working folder, `workingFolder` if given (so that a caller with many paths asks once).
    package static func absolute(_ path: String, from workingFolder: String? = nil) -> String {
        let full = path.hasPrefix("/") ? path : join(workingFolder ?? currentDirectory(), path)
        var components: [Substring] = []
        for component in full.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }

    /// The components of `path` below `ancestor` (both absolute and normalised), joined with `/`.
    package static func relative(_ path: String, to ancestor: String) -> String {
        let prefix = ancestor == "/" ? "/" : ancestor + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : lastComponent(of: path)
    }

    /// The deepest folder that contains every one of the absolute, normalised folders given.
    package static func commonAncestor(of folders: [String]) -> String {
        guard var common = folders.first?.split(separator: "/") else { return "/" }
        for folder in folders.dropFirst() {
            let parts = folder.split(separator: "/")
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return "/" + common.joined(separator: "/")
    }

    /// The process's working folder.
    package static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
