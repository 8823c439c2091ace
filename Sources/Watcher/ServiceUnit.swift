import Generator

/// The systemd user unit: `systemd/plansync.service` in the repository is this text with
/// `%h` paths, and `plansync install-service` writes it with the absolute paths of the running
/// binary and the config.
enum ServiceUnit {
    static let name = "plansync.service"
    static let hashPrefix = "# plansync-install-hash: "

    /// - Parameter literal: true for the repository's template, whose `%h` specifiers must stay
    ///   specifiers; real paths have their `%` escaped.
    static func render(executable: String, config: String, literal: Bool = false) -> String {
        func argument(_ path: String) -> String {
            let escaped = literal ? path : path.replacing("%", with: "%%")
            return escaped.contains(" ") ? "\"\(escaped)\"" : escaped
        }
        return """
        [Unit]
        Description=plansync: keeps Spec Kit plan.md files in sync with their specs
        Documentation=man:inotify(7)

        [Service]
        Type=notify
        NotifyAccess=main
        ExecStart=\(argument(executable)) run --config \(argument(config))
        ExecReload=/bin/kill -HUP $MAINPID
        Restart=on-failure
        RestartSec=2s
        WatchdogSec=30s
        TimeoutStopSec=10s
        # Sandboxing that works in a user unit without privileges (namespace options need
        # PrivateUsers=yes). Left out on purpose: ProtectHome= and PrivateTmp=, which would hide
        # projects in ~ or /tmp; ProtectKernelTunables=, ProtectKernelModules= and
        # ProtectControlGroups=, whose mounts fail in containers (226/NAMESPACE).
        NoNewPrivileges=yes
        PrivateUsers=yes
        ProtectSystem=full
        RestrictNamespaces=yes
        RestrictRealtime=yes
        RestrictSUIDSGID=yes
        LockPersonality=yes
        MemoryDenyWriteExecute=yes
        SystemCallArchitectures=native
        RestrictAddressFamilies=AF_UNIX

        [Install]
        WantedBy=default.target

        """
    }

    /// The unit as `install-service` writes it: the text and, last, the hash of the text, so a
    /// later install can tell a unit the user edited from one it may replace.
    static func installed(executable: String, config: String) -> String {
        let text = render(executable: executable, config: config)
        return text + hashPrefix + ContentHash.of(text) + "\n"
    }

    /// True when `text` is exactly as `install-service` wrote it.
    static func isUntouchedInstall(_ text: String) -> Bool {
        guard let range = text.firstRange(of: hashPrefix) else { return false }
        let body = String(text[..<range.lowerBound])
        let hash = text[range.upperBound...].trimmingNewline
        return ContentHash.of(body) == hash
    }
}

extension Substring {
    var trimmingNewline: String {
        var text = String(self)
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
