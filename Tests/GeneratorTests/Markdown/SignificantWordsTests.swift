import Testing

@testable import Generator

@Suite struct SignificantWordsTests {
    @Test func chineseAndAccentedWordsAreKeptAsWrittenLowerCased() {
        #expect(SignificantWords.of("使用Go语言 Überprüfung, the Tests 的") == ["使用go语言", "überprüfung", "test"])
    }
}
