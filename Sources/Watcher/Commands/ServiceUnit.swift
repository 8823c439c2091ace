import Generator

/// The systemd user unit: `systemd/plansync.service` in the repository is this text with
/// `%h` paths, and `plansync install-service` writes it with the absolute paths of the running
/// binary and the config.
enum ServiceUnit {
    static let name = "plansync.service"
    static let hashPrefix = "# plansync-install-hash: "

    /// systemd's folder for user units: `$XDG_CONFIG_HOME/systemd/user/`, by default
    /// `~/.config/systemd/user/`.
    static var folder: String {
        if let xdg = Environment.value("XDG_CONFIG_HOME") { return Path.join(xdg, "systemd/user") }
        return Path.join(Environment.value("HOME") ?? "/", ".config/systemd/user")
    }

    /// Where `install-service` writes the unit and `uninstall-service` removes it from.
    static var path: String { Path.join(folder, name) }

    /// A path a unit cannot hold: one with a line break would end the `ExecStart=` line and
    /// start a directive of its own, and other control characters have no business in a unit;
    /// systemd refuses a program path with a quote or a backslash ("Executable name contains
    /// special characters"), so that is refused here, where it can still be acted on.
    struct UnsupportedPath: Error, CustomStringConvertible {
        var role: String
        var path: String
        var problem: String
        var description: String {
            "the \(role) path \(ControlCharacters.escaped(path)) \(problem); move it to a path without them and run install-service again"
        }
    }

    /// The two kinds of word on `ExecStart=`: systemd treats them differently.
    enum Word {
        /// The program: refused by systemd if it holds a quote or a backslash.
        case program
        /// An argument: quotes and backslashes can be escaped.
        case argument
    }

    /// - Parameter literal: true for the repository's template, whose `%h` specifiers must stay
    ///   specifiers; real paths have their `%` escaped.
    static func render(executable: String, config: String, literal: Bool = false) throws(UnsupportedPath) -> String {
        let command = try commandLine(executable: executable, config: config, literal: literal)
        return """
            [Unit]
            Description=plansync: keeps Spec Kit plan.md files in sync with their specs
            Documentation=man:inotify(7)

            [Service]
            Type=notify
            NotifyAccess=main
            ExecStart=\(command)
            ExecReload=/bin/kill -HUP $MAINPID
            Restart=on-failure
            RestartSec=2s
            # 78: an invalid config or no root; 64: nothing to watch. A restart cannot fix them, so
            # the unit ends failed (systemctl --user status plansync says why) instead of looping.
            RestartPreventExitStatus=64 78
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

    /// `ExecStart=`'s value. A `$` is a variable for systemd, and `$$` does not undo that in the
    /// program path (it would stay doubled there while argv[0] is substituted), so a path with a
    /// `$` turns substitution off for the line with the `:` prefix instead.
    static func commandLine(executable: String, config: String, literal: Bool = false) throws(UnsupportedPath) -> String
    {
        let program = try word(executable, as: .program, role: "plansync binary", literal: literal)
        let argument = try word(config, as: .argument, role: "config", literal: literal)
        let substitutes = literal || !(executable + config).contains("$")
        return (substitutes ? "" : ":") + program + " run --config " + argument
    }

    /// `path` as one word of a command line, by the rules of systemd.service(5) "Command lines" and
    /// systemd.syntax(7) "Quoting": `%` is a specifier (`%%`), `$` in an argument a variable
    /// (`$$`), and a word with anything but plain path characters goes in double quotes, with
    /// `\\` and `\"` escaped.
    static func word(_ path: String, as kind: Word, role: String, literal: Bool = false) throws(UnsupportedPath)
        -> String
    {
        if let control = ControlCharacters.first(in: path) {
            throw UnsupportedPath(
                role: role, path: path,
                problem:
                    "contains a control character (\(ControlCharacters.codePoint(control))) that a systemd unit cannot hold"
            )
        }
        if kind == .program, path.contains(where: { "\"'\\".contains($0) }) {
            throw UnsupportedPath(
                role: role, path: path,
                problem: "contains a quote or a backslash, which systemd refuses in the program it starts")
        }
        var escaped = ""
        var quoted = false
        for character in path.unicodeScalars {
            switch character {
            case "\\", "\"":
                escaped += "\\" + String(character)
                quoted = true
            case "%" where !literal: escaped += "%%"
            case "a"..."z", "A"..."Z", "0"..."9", "/", ".", "_", "-", "+", ",", ":", "@", "=", "~", "%", "$":
                escaped.unicodeScalars.append(character)
            default:
                escaped.unicodeScalars.append(character)
                if character.isASCII { quoted = true }
            }
        }
        return quoted ? "\"" + escaped + "\"" : escaped
    }

    /// The unit as `install-service` writes it: the text and, last, the hash of the text, so a
    /// later install can tell a unit the user edited from one it may replace.
    static func installed(executable: String, config: String) throws(UnsupportedPath) -> String {
        let text = try render(executable: executable, config: config)
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
