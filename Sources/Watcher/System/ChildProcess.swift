import Glibc

/// Another program run to its end, its output collected: `git` for `check --staged`, `systemctl
/// --user` for `uninstall-service`. Found on PATH as a shell would find it, started with
/// posix_spawnp(3) (no fork of a multi-threaded process), with standard input from /dev/null so
/// that it can never wait for a person, and this process's environment.
struct ChildProcess {
    /// How it ended and what it printed.
    struct Result {
        /// The exit status; 128 + the signal's number when a signal ended it.
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
        var output: String { String(decoding: stdout, as: UTF8.self) }
        /// Its error output on one line, for a message that quotes it.
        var errorText: String {
            String(decoding: stderr, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }

    /// The program could not be started at all (not installed, not executable).
    struct NotStarted: Error, CustomStringConvertible {
        var program: String
        var error: Errno
        var description: String { "cannot run \(program): \(error)" }
    }

    /// Runs `arguments` (the program first), waits for it, and returns what it printed.
    static func run(_ arguments: [String]) throws(NotStarted) -> Result {
        let program = arguments.first ?? ""
        let (outRead, outWrite) = try pipe(for: program)
        let (errRead, errWrite) = try pipe(for: program)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outWrite.rawValue, 1)
        posix_spawn_file_actions_adddup2(&actions, errWrite.rawValue, 2)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let started = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        try? outWrite.close()
        try? errWrite.close()
        guard started == 0 else { throw NotStarted(program: program, error: Errno(rawValue: started)) }
        let (stdout, stderr) = readBoth(outRead, errRead)
        var status: Int32 = 0
        _ = try? SystemCall.retrying { waitpid(pid, &status, 0) }
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: code, stdout: stdout, stderr: stderr)
    }

    /// A pipe, both ends closed on exec: the child gets its end through dup2 only. (pipe2 is not
    /// in Glibc's Swift module; the commands that run children have no other thread to race.)
    private static func pipe(for program: String) throws(NotStarted) -> (FileDescriptor, FileDescriptor) {
        var ends: [Int32] = [-1, -1]
        do throws(Errno) {
            try SystemCall.retrying { Glibc.pipe(&ends) }
            let read = try FileDescriptor.adopting { ends[0] }
            let write = try FileDescriptor.adopting { ends[1] }
            for end in [read, write] { try SystemCall.retrying { fcntl(end.rawValue, F_SETFD, FD_CLOEXEC) } }
            return (read, write)
        } catch {
            throw NotStarted(program: program, error: error)
        }
    }

    /// Both pipes read to their end, together, so that a child filling one while the other is
    /// read never blocks.
    private static func readBoth(_ first: FileDescriptor, _ second: FileDescriptor) -> ([UInt8], [UInt8]) {
        var outputs: [[UInt8]] = [[], []]
        var open: [FileDescriptor?] = [first, second]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.allSatisfy({ $0 == nil }) {
            let watched = open.indices.filter { open[$0] != nil }
            let ready = FileDescriptor.waitForInput(on: watched.compactMap { open[$0] }, timeout: nil)
            for (index, isReady) in zip(watched, ready) where isReady {
                let count = (try? open[index]?.read(into: &buffer)) ?? 0
                if count > 0 {
                    outputs[index] += buffer[..<count]
                } else {
                    open[index] = nil
                }
            }
        }
        return (outputs[0], outputs[1])
    }
}
