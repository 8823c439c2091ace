/// The kernel's limits on inotify, and which one applied when one is reached.
///
/// In a user namespace (a container, `unshare --user`), `/proc/sys/user/max_inotify_*` can be
/// below the machine's `fs.inotify.max_user_*`; the lower one is the one reached, and advice
/// to raise the machine's would change nothing.
enum InotifyLimit {
    case watches, instances

    /// A sysctl by name, with its value when it could be read.
    struct Setting: Equatable {
        var name: String
        var value: Int?
        /// Set in the user namespace plansync runs in rather than for the whole machine.
        var ofNamespace: Bool
    }

    var machine: Setting {
        let name = self == .watches ? "max_user_watches" : "max_user_instances"
        return Setting(name: "fs.inotify." + name, value: InotifyLimit.sysctl("fs/inotify/" + name), ofNamespace: false)
    }

    var namespace: Setting {
        let name = self == .watches ? "max_inotify_watches" : "max_inotify_instances"
        return Setting(name: "user." + name, value: InotifyLimit.sysctl("user/" + name), ofNamespace: true)
    }

    /// A number under /proc/sys (`fs/inotify/max_user_watches`); nil when it cannot be read.
    static func sysctl(_ name: String) -> Int? {
        guard let bytes = try? FileSystem.read("/proc/sys/" + name, limit: 64) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self).filter(\.isNumber))
    }

    /// The namespace's limit when it is the lower one, else the machine's.
    static func applied(machine: Setting, namespace: Setting) -> Setting {
        guard let own = namespace.value else { return machine }
        guard let global = machine.value else { return namespace }
        return own < global ? namespace : machine
    }

    /// What to raise, and to what: "raise it with 'sudo sysctl fs.inotify.max_user_watches=16384' (now 8192)".
    static func advice(for setting: Setting) -> String {
        let now = setting.value.map(String.init) ?? "unknown"
        let raised = setting.value.map { String(max(1, $0) * 2) } ?? "N"
        guard setting.ofNamespace else { return "raise it with 'sudo sysctl \(setting.name)=\(raised)' (now \(now))" }
        return
            "it is this user namespace's limit \(setting.name) (now \(now)), lower than the machine's; raise it where the namespace or container is set up, e.g. 'sysctl \(setting.name)=\(raised)' there"
    }

    var advice: String { InotifyLimit.advice(for: InotifyLimit.applied(machine: machine, namespace: namespace)) }
}
