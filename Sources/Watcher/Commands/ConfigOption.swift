/// `--config FILE`, which every command that reads the config takes, and the config it names.
enum ConfigOption {
    /// The config `--config` names, else the one at the default location, else the built-in
    /// defaults. A named file must exist; a missing default one just means the defaults.
    /// `--config /dev/null` is the empty config (the built-in defaults), as for git and ssh.
    static func load(_ arguments: ParsedArguments) throws(Config.Invalid) -> Config {
        let explicit = arguments.values["--config"]
        guard let path = Config.locate(explicit: explicit) else { return Config() }
        if explicit != nil {
            if path == emptyConfig { return Config() }
            if !FileSystem.exists(path) { throw Config.Invalid(path: path, message: "does not exist") }
        }
        return try Config.load(from: path)
    }

    /// The path that names no config at all.
    static let emptyConfig = "/dev/null"

    /// `load`, its error reported on stderr; nil: the command exits with `ExitStatus.config`.
    static func loadReportingErrors(_ arguments: ParsedArguments) -> Config? {
        do {
            return try load(arguments)
        } catch {
            report(error)
            return nil
        }
    }

    static func report(_ error: Config.Invalid) {
        StandardStreams.error("plansync: config error: \(ControlCharacters.escaped(error.description))")
    }
}

extension CommandConfiguration.Option {
    static let config = Self(
        name: "--config", value: "FILE", help: "Read this config.json instead of the default location.")
}
