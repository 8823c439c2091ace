import Glibc

/// `renameat2(2)`, looked up at run time since Glibc's Swift module does not export it, with a
/// fallback for `RENAME_NOREPLACE` where the kernel or the file system lacks it.
struct Rename {
    /// False: behave as on a kernel without `renameat2` (the fallbacks, for tests).
    var usesRenameAt2 = true

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    private static let noReplaceFlag: UInt32 = 1  // RENAME_NOREPLACE, <linux/fs.h>
    private static let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE

    /// Swaps two names in one step.
    func exchange(_ from: String, _ to: String) throws(Errno) {
        try renameat2(from, to, flags: Rename.exchangeFlag)
    }

    /// Renames `from` to `to`, failing with EEXIST rather than replacing a file.
    func noReplace(_ from: String, _ to: String) throws(Errno) {
        do { try renameat2(from, to, flags: Rename.noReplaceFlag) } catch {
            guard Rename.isUnsupported(error) else { throw error }
            // link(2) never replaces either; the temporary name is then dropped.
            try FileSystem.link(from, to: to)
            try? FileSystem.remove(from)
        }
    }

    /// The errors of a kernel or file system without the flag, rather than of the call.
    static func isUnsupported(_ error: Errno) -> Bool {
        [.notImplemented, .invalidArgument, .notSupported].contains(error)
    }

    private func renameat2(_ from: String, _ to: String, flags: UInt32) throws(Errno) {
        guard usesRenameAt2, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
            throw .notImplemented
        }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        try SystemCall.retrying { function(AT_FDCWD, from, AT_FDCWD, to, flags) }
    }
}
