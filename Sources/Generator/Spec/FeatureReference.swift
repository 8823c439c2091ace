/// Another feature a spec names: `002-ice-rink`, `specs/002-ice-rink/spec.md`, `Spec 002`,
/// `Feature 002`, a bare zero-padded `002`, `Parent Feature: 001-bruno-to-postman`.
///
/// Spec Kit numbers feature folders with three digits from 001, so a three-digit number in prose
/// is a candidate; the rest of the number decides. Not references: digits of a larger number
/// (`1,000`, `10.000`, `1 000`, `1'000`), decimals and versions (`3.001`, `v1.002`, `2.003.1`),
/// times (`10:030`), ids of other kinds (`FR-001`, `SC-002`, `US-003`, `T001`, `PR #123`,
/// `issue #001`, `issue 001`), measures (`100ms`, `30%`), and `000` in any form (Spec Kit
/// numbers features from 001).
public struct FeatureReference: Sendable, Equatable {
    /// As written: a folder name (`002-ice-rink`) or a number (`002`).
    public var name: String
    /// False for a number without zero padding and without a word that makes it a spec, written
    /// with a slug: `240-second timer`, `a 400-entry file` are compounds far more often than
    /// features 240 and 400. Such a reference counts only when a spec folder of that name exists.
    public var isCertain: Bool

    /// `002` of `002-ice-rink`.
    public var number: Substring { name.prefix(while: \.isNumber) }

    public init(name: String, isCertain: Bool = true) {
        self.name = name
        self.isCertain = isCertain
    }

    /// Words that make the number after them a spec.
    private static let specWords: Set<String> = ["spec", "specs", "specification", "feature", "features"]
    /// Words that make the number after them an id of another kind.
    private static let otherIdWords: Set<String> = [
        "issue", "issues", "pr", "prs", "ticket", "bug", "task", "tasks", "version",
        "release", "step", "item", "line", "page", "port", "room", "row",
    ]

    /// The references in one line of prose, in order.
    static func all(in line: String) -> [FeatureReference] {
        // Most lines with digits hold ids (`FR-001`) or none of three: ruled out on the bytes.
        guard mayHoldReference(line) else { return [] }
        // Digits, dashes and ASCII letters decide everything here: walk scalars, not Characters.
        let scan = Scan(Array(line.unicodeScalars))
        var found: [FeatureReference] = []
        var i = 0
        while i + 3 <= scan.count {
            guard scan.isDigit(i), scan.isDigit(i + 1), scan.isDigit(i + 2), i == 0 || !scan.isDigit(i - 1) else {
                i += 1
                continue
            }
            if let reference = scan.reference(at: i) { found.append(reference) }
            i += 3
            while i < scan.count, scan.isDigit(i) { i += 1 }
        }
        return found
    }

    /// Whether the line has a run of exactly three ASCII digits that `Scan.precedingContext`
    /// does not rule out by the byte before it (a letter, a digit, `-_.:#@+`): the same test on
    /// bytes, without decoding the line.
    private static func mayHoldReference(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(mayHoldReference)
            ?? Array(line.utf8).withUnsafeBufferPointer(mayHoldReference)
    }

    private static func mayHoldReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] &- 48 < 10 }
        var i = 0
        while i + 3 <= bytes.count {
            guard isDigit(i) else {
                i += 1
                continue
            }
            var end = i + 1
            while isDigit(end) { end += 1 }
            if end - i == 3 {
                guard i > 0 else { return true }
                let previous = bytes[i - 1]
                let isIDMark =
                    previous | 0x20 &- 97 < 26 || previous == 45 || previous == 95 || previous == 46
                    || previous == 58 || previous == 35 || previous == 64 || previous == 43
                if !isIDMark { return true }
            }
            i = end
        }
        return false
    }

    /// One line's scalars, read around a run of three digits.
    private struct Scan {
        let chars: [Unicode.Scalar]
        var count: Int { chars.count }

        init(_ chars: [Unicode.Scalar]) { self.chars = chars }

        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && ("0"..."9").contains(chars[i]) }
        func isLower(_ i: Int) -> Bool { i < chars.count && ("a"..."z").contains(chars[i]) }
        func isSpace(_ i: Int) -> Bool {
            i >= 0 && i < chars.count && [" ", "\u{A0}", "\u{2009}", "\u{202F}"].contains(chars[i])
        }
        func char(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < chars.count ? chars[i] : nil }

        /// The reference whose digits start at `i` (three digits, not more), if it is one.
        func reference(at i: Int) -> FeatureReference? {
            let end = i + 3
            if isDigit(end) { return nil }
            // After the digits: a decimal or version part, a time, a percentage, a unit.
            if let next = char(end) {
                if [".", ":", ","].contains(next), isDigit(end + 1), !(next == "," && isZeroPadded(i)) { return nil }
                if next == "%" || next == "_" { return nil }
            }
            var stop = end
            if char(end) == "-", isLower(end + 1) {
                stop = end + 1
                while isLower(stop) || isDigit(stop) || char(stop) == "-" { stop += 1 }
                while char(stop - 1) == "-" { stop -= 1 }
            } else if let next = char(end), next.properties.isAlphabetic {
                return nil
            }
            let hasSlug = stop > end
            // Spec Kit numbers features from 001: `000` is a display, a count, a folder of notes.
            guard chars[i..<end] != ["0", "0", "0"], let before = precedingContext(i, hasSlug: hasSlug) else {
                return nil
            }
            let name = String(String.UnicodeScalarView(chars[i..<stop]))
            if hasSlug {
                return FeatureReference(name: name, isCertain: isZeroPadded(i) || before == .spec)
            }
            // A bare number: zero-padded or named a spec, and never another kind of id.
            switch before {
            case .spec: return FeatureReference(name: name)
            case .otherId: return nil
            case .none: return isZeroPadded(i) ? FeatureReference(name: name) : nil
            }
        }

        func isZeroPadded(_ i: Int) -> Bool { chars[i] == "0" }

        /// What the word before a number makes of it.
        enum Context {
            /// Nothing in particular: the number's own form decides.
            case none
            /// `spec`, `feature`, `specs/`: a spec.
            case spec
            /// `issue`, `PR`, `version`, `line`…: an id of another kind, never a spec.
            case otherId
        }

        /// What stands before the digits at `i`; nil when they are part of something else: a
        /// word (`T001`, `v002`), an id (`FR-001`, `#123`, `@001`), a decimal or time (`3.001`,
        /// `10:030`), a path (`docs/001` — but `specs/001` and `../002-ice-rink` are references),
        /// or a group of a larger number (`1,000`, `1 000`, `1'000`).
        func precedingContext(_ i: Int, hasSlug: Bool) -> Context? {
            guard let previous = char(i - 1) else { return Context.none }
            if PlainText.isWordScalar(previous) || "-_.:#@+".unicodeScalars.contains(previous) { return nil }
            if previous == "/" {
                if word(endingAt: i - 2) == "specs" { return .spec }
                return hasSlug ? Context.none : nil
            }
            if [",", "'", "’"].contains(previous) || isSpace(i - 1) && !hasSlug, isContinuation(at: i) { return nil }
            var k = i - 1
            while isSpace(k) { k -= 1 }
            guard k < i - 1 else { return Context.none }
            let word = word(endingAt: k)
            if FeatureReference.specWords.contains(word) { return .spec }
            if FeatureReference.otherIdWords.contains(word) { return .otherId }
            return Context.none
        }

        /// Whether the digits at `i` follow a separator that follows digits of the same number:
        /// `1,000`, `10 000`, `1'000 000`. A zero-padded group before is a number of its own
        /// (`002,003` lists two features) unless it continues a number itself.
        func isContinuation(at i: Int) -> Bool {
            var k = i
            while k >= 2, [",", "'", "’"].contains(chars[k - 1]) || isSpace(k - 1), isDigit(k - 2) {
                var start = k - 2
                while isDigit(start - 1) { start -= 1 }
                if let before = char(start - 1), PlainText.isWordScalar(before) || before == "-" { return false }
                let length = k - 1 - start
                guard length == 3, chars[start] == "0" else { return length <= 3 }
                k = start
            }
            return false
        }

        /// The lower-cased ASCII word that ends at `k` (empty when none does).
        func word(endingAt k: Int) -> String {
            var start = k
            while start >= 0, chars[start].isASCII, chars[start].properties.isAlphabetic { start -= 1 }
            guard start < k else { return "" }
            return String(String.UnicodeScalarView(chars[(start + 1)...k])).lowercased()
        }
    }
}
