import Glibc

/// The file system a folder is on, by the magic number statfs(2) gives (`f_type`), and whether
/// inotify can be trusted on it. inotify reports changes made through this kernel only: on a
/// network file system (NFS, SMB, Ceph, AFS…), a FUSE mount (sshfs, rclone, WSL's drvfs under
/// FUSE) or 9p (WSL2's /mnt/c, virtual machine shares), a save made on the other side is never
/// an event, so such a root is polled.
struct FileSystemType: Equatable, Sendable {
    /// `f_type`, as linux/magic.h spells it (the low 32 bits: `f_type` is signed on some ABIs).
    var magic: UInt32

    /// The file system of `path` (statfs(2) follows links); nil where statfs cannot be found.
    static func of(_ path: String) throws(Errno) -> FileSystemType? {
        guard let statfs = statfsFunction else { return nil }
        // struct statfs is 120 bytes on 64-bit Linux, 64 on 32-bit; f_type, a native word, comes first.
        var buffer = [Int](repeating: 0, count: 32)
        let failure = buffer.withUnsafeMutableBytes { bytes -> Errno? in
            guard let base = bytes.baseAddress else { return nil }
            do throws(Errno) { try SystemCall.retrying { statfs(path, base) } } catch { return error }
            return nil
        }
        if let failure { throw failure }
        return FileSystemType(magic: UInt32(truncatingIfNeeded: buffer[0]))
    }

    /// glibc's statfs(3), looked up once: Swift's Glibc module does not import sys/statfs.h, and
    /// statvfs(3), which it does import, has no f_type.
    private static let statfsFunction: (@convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "statfs") else { return nil }
        return unsafeBitCast(
            symbol, to: (@convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32).self)
    }()

    /// The name of a file system inotify cannot see changes made elsewhere on; nil for the
    /// others (ext4, xfs, btrfs, tmpfs, overlayfs: every change goes through this kernel).
    var withoutInotify: String? { Self.withoutInotify[magic] }

    /// Network, cluster and FUSE file systems (linux/magic.h and the file systems' own headers).
    static let withoutInotify: [UInt32: String] = [
        0x6969: "NFS",
        0x517B: "SMB",
        0xFF53_4D42: "CIFS",
        0xFE53_4D42: "SMB2/3",
        0x0102_1997: "9p",
        0x6573_5546: "FUSE",
        0x00C3_6400: "Ceph",
        0x5346_414F: "AFS",
        0x6B41_4653: "AFS",
        0x7375_7245: "Coda",
        0x564C: "NCP",
        0x7461_636F: "OCFS2",
        0x0116_1970: "GFS2",
        0x0BD0_0BD0: "Lustre",
        0x2003_0528: "OrangeFS",
        0x786F_4256: "VirtualBox shared folder",
    ]
}
