#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A failed POSIX call with its `errno`, and the path it was about when that is known.
public struct PosixError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The call that failed, for example `rename`.
    public let call: String
    /// The `errno` value.
    public let code: Int32
    /// The file or folder the call was about, as the caller named it; `nil` if not recorded.
    public let path: String?
    /// Why the package refused, when the call itself did not fail of its own accord.
    public let refusal: String?

    /// Creates an error from a failed call.
    public init(call: String, code: Int32, path: String? = nil) {
        self.init(call: call, code: code, path: path, refusal: nil)
    }

    private init(call: String, code: Int32, path: String?, refusal: String?) {
        self.call = call
        self.code = code
        self.path = path
        self.refusal = refusal
    }

    /// A folder below an output folder that is a symbolic link: files are never written through one.
    static func symbolicLinkFolder(_ path: String) -> PosixError {
        PosixError(
            call: "openat", code: ELOOP, path: path,
            refusal: "is a symbolic link; files are never written through a symbolic link below the output folder")
    }

    /// A file path that does not stay below its output folder (empty, absolute, `.` or `..` parts).
    static func outsideFolder(_ path: String) -> PosixError {
        PosixError(call: "openat", code: EINVAL, path: path, refusal: "is not a path below the output folder")
    }

    /// `out/a.md: rename: No such file or directory`, or `out/team: is a symbolic link; …`.
    public var description: String {
        let prefix = path.map { "\($0): " } ?? ""
        if let refusal { return prefix + refusal }
        return prefix + "\(call): \(String(cString: strerror(code)))"
    }
}
