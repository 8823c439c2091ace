import Testing

@testable import Watcher

/// Names as messages show them: bytes that are not printable UTF-8 escaped, one by one.
@Suite struct FileNameTests {
    @Test(arguments: [
        (Array("001-auth".utf8), "001-auth"),
        (Array("001-café".utf8), "001-café"),
        (Array("001-caf".utf8) + [0xE9], "001-caf\\xE9"),
        ([0x61, 0xC3], "a\\xC3"),
        ([0xF0, 0x9F, 0x98, 0x80], "😀"),
        ([0xC0, 0xAF], "\\xC0\\xAF"),
        (Array("a\n<3>b".utf8), "a\\x0A<3>b"),
        ([0x1B, 0x5B, 0x33, 0x31, 0x6D], "\\x1B[31m"),
        ([0xC2, 0x9B], "\\xC2\\x9B"),
    ])
    func namesThatAreNotPrintableUTF8AreEscapedByteByByte(_ bytes: [UInt8], _ shown: String) {
        #expect(FileSystem.escaped(bytes) == shown)
    }
}
