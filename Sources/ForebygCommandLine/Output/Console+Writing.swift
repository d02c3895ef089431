#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ForebygDocuments

extension Console {
    /// Writes files below a folder, each atomically; a failure is reported on standard error as
    /// `<folder>: could not write <what> (<error>)`. Whether everything was written.
    func write(_ files: [RenderedFile], to folder: String, synchronizes: Bool = false, what: String) -> Bool {
        do throws(PosixError) {
            try OutputFolder(path: folder, synchronizes: synchronizes).write(files)
            return true
        } catch {
            printError("\(folder): could not write \(what) (\(error))")
            return false
        }
    }

    /// Writes one file atomically; a failure is reported on standard error as
    /// `<path>: could not write <what> (<error>)`. Whether it was written.
    func write(_ data: Data, to path: String, what: String) -> Bool {
        do throws(PosixError) {
            try AtomicFileWriter().write(data, to: path)
            return true
        } catch {
            printError("\(path): could not write \(what) (\(error))")
            return false
        }
    }
}
