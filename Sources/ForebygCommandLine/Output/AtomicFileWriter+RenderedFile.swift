import ForebygDocuments

extension AtomicFileWriter {
    /// Writes a rendered file below `folder`, creating the folders its path names.
    func write(_ file: RenderedFile, below folder: String) throws(PosixError) {
        var madeFolder: String?
        try write(file, below: folder, madeFolder: &madeFolder)
    }

    /// Writes a rendered file below `folder`, creating the folder its path names unless it is
    /// `madeFolder`, the folder made for the previous file of the same input, then records it
    /// there: one input's files share a folder, and checking it again costs a system call.
    func write(_ file: RenderedFile, below folder: String, madeFolder: inout String?) throws(PosixError) {
        let path = Paths.join(folder, file.path)
        let parent = Paths.parent(of: path)
        if parent != madeFolder {
            try PosixFile.makeDirectories(parent)
            madeFolder = parent
        }
        let result: Result<Void, PosixError> = file.bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(PosixError) in try write(buffer, to: path) }
        }
        try result.get()
    }
}
