import Testing

@testable import Watcher

/// config.json's parser: bounded whatever the input, and every refusal a message with a place.
@Suite struct JSONValueTests {
    @Test func fiftyThousandNestedArraysAreAnErrorNotACrash() {
        let brackets = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let deep = Array(#"{"roots": "#.utf8) + Array(brackets.utf8) + Array("}".utf8)
        let error = Self.syntaxError(deep)
        // The object is level 1, so the 64th bracket (column 74) is the one too many.
        #expect(error?.line == 1 && error?.column == 10 + JSONValue.maxDepth, "\(String(describing: error))")
        #expect(error?.message.contains("nested more than 64 levels deep") == true, "\(String(describing: error))")
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let depth = JSONValue.maxDepth
        let text = Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        var value = try JSONValue.parse(text)
        for _ in 1..<depth {
            guard case .array(let items) = value, items.count == 1 || items.isEmpty, let first = items.first else {
                break
            }
            value = first
        }
        #expect(value == .array([]))
        #expect(Self.syntaxError(Array(("[" + String(decoding: text, as: UTF8.self) + "]").utf8)) != nil)
    }

    @Test func aLeadingByteOrderMarkIsIgnored() throws {
        #expect(
            try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array(#"{"roots": []}"#.utf8)) == .object(["roots": .array([])]))
        let error = Self.syntaxError([0xEF, 0xBB, 0xBF] + Array("{,}".utf8))
        #expect(error?.column == 2, "the mark is no column: \(String(describing: error))")
    }

    static func utf8(_ text: String, _ tail: [UInt8] = [], _ end: String = "") -> [UInt8] {
        Array(text.utf8) + tail + Array(end.utf8)
    }

    static let badInputs: [([UInt8], String)] = [
        (utf8(#"{"a": é}"#), "unexpected character 'é' where a value was expected"),
        (utf8(#"{"a": 1} ü"#), "unexpected character 'ü' after the end"),
        (utf8(#"{"a": "#, [0x07]), "unexpected character U+0007 where"),
        (utf8(#"{"a": "#, [0xC2, 0xA0]), "unexpected character U+00A0 where"),
        (utf8(#"{"a": "#, [0xEF, 0xBB, 0xBF]), "unexpected character U+FEFF where"),
        (utf8(#"{"a": "#, [0xFF]), "byte 0xFF (not UTF-8"),
        (utf8(#"{"a": "b"#, [0x0A], #""}"#), "control character (U+000A) inside a string"),
        (utf8(#"{"a": "\q"}"#), "unknown escape in a string: a backslash followed by character 'q'"),
        (utf8(#"{"a": "\u12"}"#), "malformed \\u escape"),
        (utf8(#"{"a": ""#, [0xC3, 0x28], #""}"#), "not valid UTF-8"),
        (utf8(#"{"a": [1, 2"#), "the file ends inside an array"),
        (utf8(#"{"a": 1"#), "the file ends inside an object"),
    ]

    @Test(arguments: badInputs)
    func anErrorNamesTheRealCharacter(bytes: [UInt8], message: String) {
        let error = Self.syntaxError(bytes)
        #expect(error?.description.contains(message) == true, "expected \(message) in \(String(describing: error))")
    }

    @Test func escapesDecodeIncludingSurrogatePairs() throws {
        let value = try JSONValue.parse(Array(#"["\u00e9\ud83d\ude00\/\"\\\n"]"#.utf8))
        #expect(value == .array([.string("é😀/\"\\\n")]))
    }

    /// Random bytes, every truncation and byte flips of a real config, and bracket soups: the
    /// parser returns or throws, never crashes, and each error has a place and shows no control
    /// character raw.
    @Test func fuzzedInputNeverCrashesAndAlwaysGetsAClearError() {
        var random = SplitMix64(seed: 9)
        let config = Array(
            #"{"roots": ["p", "~/q"], "stack": {"backend": "Go \u00e9"}, "estimates": {"foundationDays": 1.5e0}, "debounceMs": 200, "logLevel": "info", "x": [true, false, null, -0.5, {}]}"#
                .utf8)
        var inputs: [[UInt8]] = (0...config.count).map { Array(config[..<$0]) }
        for _ in 0..<2_000 {
            var mutated = config
            for _ in 0...random.next(below: 4) {
                mutated[random.next(below: mutated.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            inputs.append(mutated)
            inputs.append((0..<random.next(below: 200)).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            let alphabet = Array("[]{}\":,1 \\u\"".utf8)
            inputs.append((0..<random.next(below: 300)).map { _ in alphabet[random.next(below: alphabet.count)] })
        }
        var errors = 0
        for input in inputs {
            do {
                let value = try JSONValue.parse(input)
                _ = try? Config.parse(value, path: "/fuzz/config.json")
            } catch {
                errors += 1
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty, "\(input)")
                #expect(
                    ControlCharacters.first(in: error.description) == nil,
                    "a raw control character in: \(error.description)")
            }
        }
        #expect(errors > inputs.count / 2, "the fuzzing hardly produced errors: \(errors) of \(inputs.count)")
    }

    static func syntaxError(_ bytes: [UInt8]) -> JSONValue.SyntaxError? {
        do {
            _ = try JSONValue.parse(bytes)
            return nil
        } catch { return error }
    }
}

/// A small seeded generator, so that a fuzzing failure can be replayed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
