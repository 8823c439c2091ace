import Glibc

/// One inotify event, with its name read from the bytes after the fixed header
/// (Swift imports `inotify_event` without its flexible `name` field).
struct InotifyEvent: Equatable {
    var wd: Int32
    var mask: UInt32
    var cookie: UInt32
    var name: String

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
    var isDirectory: Bool { has(IN_ISDIR) }
}
