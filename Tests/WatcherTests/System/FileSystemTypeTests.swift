import Testing

@testable import Watcher

/// Which file systems inotify cannot see into, by statfs(2)'s magic number (linux/magic.h).
@Suite struct FileSystemTypeTests {
    @Test(arguments: [
        (UInt32(0x6969), "NFS"), (0x517B, "SMB"), (0xFF53_4D42, "CIFS"), (0xFE53_4D42, "SMB2/3"), (0x0102_1997, "9p"),
        (0x6573_5546, "FUSE"), (0x00C3_6400, "Ceph"), (0x5346_414F, "AFS"), (0x6B41_4653, "AFS"), (0x7375_7245, "Coda"),
        (0x564C, "NCP"), (0x7461_636F, "OCFS2"), (0x0116_1970, "GFS2"), (0x0BD0_0BD0, "Lustre"),
        (0x2003_0528, "OrangeFS"), (0x786F_4256, "VirtualBox shared folder"),
    ])
    func aNetworkOrFUSEFileSystemIsPolled(magic: UInt32, name: String) {
        #expect(FileSystemType(magic: magic).withoutInotify == name)
    }

    /// Local file systems, where every change goes through this kernel and inotify sees it.
    @Test(arguments: [
        UInt32(0xEF53) /* ext2/3/4 */, 0x5846_5342 /* xfs */, 0x9123_683E /* btrfs */, 0x0102_1994 /* tmpfs */,
        0x794C_7630 /* overlayfs */, 0x2FC1_2FC1 /* zfs */, 0xF2F5_2010 /* f2fs */, 0x4D44 /* vfat */,
    ])
    func aLocalFileSystemIsWatched(magic: UInt32) {
        #expect(FileSystemType(magic: magic).withoutInotify == nil)
    }

    @Test func theTestsOwnFolderIsRead() throws {
        let type = try #require(try FileSystemType.of(TestData.scratch.deletingLastPathComponent().path))
        #expect(type.magic != 0, "statfs gave no file system type")
        #expect(throws: Errno.noEntry) { try FileSystemType.of("/no/such/folder") }
    }
}
