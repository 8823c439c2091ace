import Testing

@testable import Watcher

/// Paths as people write them in config.json and on the command line, made absolute in one place.
@Suite struct PathTests {
    @Test func aPathAsPeopleWriteItIsMadeAbsolute() {
        let home = Path.absolute(Environment.value("HOME") ?? "/")
        #expect(Path.expanded("~") == home)
        #expect(Path.expanded("~/src/../notes", base: "/srv") == Path.join(home, "notes"))
        #expect(Path.expanded("projects/../bookclub", base: "/home/me") == "/home/me/bookclub")
        #expect(Path.expanded("/srv/./bookclub/", base: "/elsewhere") == "/srv/bookclub")
        #expect(Path.expanded("~user/x", base: "/b") == "/b/~user/x", "only ~ and ~/ name the home folder")
    }
}
