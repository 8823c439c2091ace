import Glibc

/// An inotify instance: watches on directories, events read until the queue is empty.
final class Inotify {
    let fd: FileDescriptor
    /// Room for at least one event with the longest name, and many short ones per read(2).
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Everything plansync needs to see on a watched directory: IN_ATTRIB for a `chmod` that
    /// makes a spec readable again, the SELF events for a root that goes away (IN_UNMOUNT and
    /// IN_IGNORED come without asking).
    static let folderMask = UInt32(
        IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY
            | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// EMFILE (`Errno.tooManyOpenFiles`) when the limit on inotify instances is reached.
    init() throws(Errno) {
        fd = try FileDescriptor.adopting { inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
    }

    /// ENOSPC (`Errno.noSpace`) when the watch limit is reached.
    func addWatch(_ path: String, mask: UInt32 = Inotify.folderMask) throws(Errno) -> Int32 {
        try SystemCall.retrying { inotify_add_watch(fd.rawValue, path, mask) }
    }

    /// Not to be called after IN_IGNORED for `wd`: the kernel has dropped the watch already.
    func removeWatch(_ wd: Int32) {
        _ = try? SystemCall.retrying { inotify_rm_watch(fd.rawValue, wd) }
    }

    /// Reads every queued event, until the queue is empty (EAGAIN). Any other error is thrown,
    /// not taken for an empty queue: once the events read before it are returned, since the
    /// kernel keeps what a failed read did not take and the next read meets the error again.
    func readEvents() throws(Errno) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        let header = MemoryLayout<inotify_event>.size
        while true {
            let count: Int
            do { count = try fd.read(into: &buffer) } catch {
                if error == .wouldBlock || !events.isEmpty { break }
                throw error
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + header <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let cookie = raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + header)..<min(count, offset + header + length)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    events.append(InotifyEvent(wd: wd, mask: mask, cookie: cookie, name: name))
                    offset += header + length
                }
            }
        }
        return events
    }
}
