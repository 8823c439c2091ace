import Glibc

/// The process's environment variables.
enum Environment {
    /// The variable's value; nil when it is unset or empty.
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }

    /// Sets it, for this process and every child it starts.
    static func set(_ name: String, _ value: String) {
        setenv(name, value, 1)
    }

    /// Unsets it, so that no child process inherits it.
    static func remove(_ name: String) {
        unsetenv(name)
    }
}
