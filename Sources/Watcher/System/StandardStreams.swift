import Glibc

/// Standard output and standard error, written a whole line at a time with one write(2) each:
/// stdio would buffer them when the output is a pipe or the journal, and a person tailing the
/// log must see each line as it happens.
///
/// `line` and `error` escape control characters other than line breaks, so that no name reaches
/// the terminal raw; a path put into a line is escaped whole by its caller
/// (`ControlCharacters.escaped`), line breaks included. Only `raw` writes bytes as they are.
enum StandardStreams {
    static func line(_ text: String) { line(text, terminator: "\n") }
    static func line(_ text: String, terminator: String) {
        write(ControlCharacters.escapedLines(text) + terminator, to: STDOUT_FILENO)
    }
    static func error(_ text: String) { write(ControlCharacters.escapedLines(text) + "\n", to: STDERR_FILENO) }
    /// Text that must reach stdout byte for byte, such as a diff that patch(1) will read.
    static func raw(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// A failed write is dropped: there is nowhere left to report it.
    static func write(_ text: String, to fd: Int32) {
        try? FileDescriptor.write(Array(text.utf8), to: fd)
    }
}
