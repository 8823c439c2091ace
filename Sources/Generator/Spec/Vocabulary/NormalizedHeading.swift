/// A Markdown heading title in the form headings are compared in, so that `## 2. ⚡ Requisitos
/// funcionales *(obligatorio)*`, `### REQUISITOS FUNCIONALES` and `## 功能需求（必填）` are
/// recognised by their words alone.
///
/// Removed: leading `#`s, numbering (`1.`, `1.2`, `I.`, `A)`, `(1)`, `第一章`, `一、`, `제1장`, `§2`),
/// emoji and pictographs, emphasis and code markers, annotations in parentheses that say whether
/// the section is required (`*(mandatory)*`, `_(mandatory)_`, `(verpflichtend)`, `（必填）`,
/// `(optional)`, `(include if …)`), trailing colons. Folded: full-width letters and punctuation
/// to ASCII, dashes to spaces, case, runs of spaces. Accents are kept in ``text`` and folded in
/// ``folded`` (Latin scripts only), so callers can compare either way.
public struct NormalizedHeading: Hashable, Sendable {
    /// Lower case, accents kept: `"schlüssel entitäten"`.
    public let text: String
    /// Lower case, Latin accents folded: `"schlussel entitaten"`.
    public let folded: String

    public init(_ title: String) {
        let scalars = NormalizedHeading.scalars(of: title)
        text = FoldedScalars.string(scalars)
        folded = FoldedScalars.string(scalars.map(FoldedScalars.fold))
    }

    /// The normalised title, ready for phrase matching, without building strings.
    static func folded(_ title: String) -> FoldedScalars {
        FoldedScalars(scalars(of: title))
    }

    /// The title's scalars, normalised (accents kept).
    private static func scalars(of title: String) -> [Unicode.Scalar] {
        var scalars = mapped(FoldedScalars(title).original)
        trim(&scalars)
        removeAnnotations(&scalars)
        trim(&scalars)
        removeNumbering(&scalars)
        trim(&scalars)
        return scalars
    }

    /// Emoji, emphasis and code markers dropped; full-width forms, dashes and spaces folded;
    /// lower case with accents kept; runs of spaces made one.
    private static func mapped(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        var i = 0
        // "## Title" passed whole: drop the heading marker.
        if input.first == "#" {
            while i < input.count, input[i] == "#" { i += 1 }
        }
        while i < input.count {
            let scalar = input[i]
            defer { i += 1 }
            if isPictograph(scalar) { continue }
            var folded = scalar
            if (0xFF01...0xFF5E).contains(scalar.value) { folded = Unicode.Scalar(UInt8(scalar.value - 0xFEE0)) }
            switch folded {
            case "*", "`":
                continue
            case "_":
                let before = i > 0 && WritingScript.isWordCharacter(input[i - 1])
                let after = i + 1 < input.count && WritingScript.isWordCharacter(input[i + 1])
                if before && after { out.append("_") }
                continue
            default:
                break
            }
            let mapped = FoldedScalars.fold(folded)
            if mapped == " " || mapped == "-" || folded == "\t" {
                if let last = out.last, last != " " { out.append(" ") }
                continue
            }
            if mapped == "'" || mapped == "\"" || folded.value < 0x80 || (0xFF01...0xFF5E).contains(scalar.value) {
                out.append(mapped)
            } else {
                out.append(lowercased(folded))
            }
        }
        return out
    }

    /// Lower case, accents kept.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.changesWhenLowercased else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first else { return scalar }
        return lower
    }

    /// Emoji, pictographs, dingbats, variation selectors and joiners, circled numbers.
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2300...0x23FF, 0xFE00...0xFE0F, 0x200D, 0x20E3,
            0xE0000...0xE007F, 0x2460...0x24FF, 0x3290...0x32B0:
            return true
        default:
            return false
        }
    }

    /// Spaces and separators (`: - . , ; |`) off both ends.
    private static let edgeMarks: Set<Unicode.Scalar> = [" ", ":", ".", ",", ";", "|", "、", "。", "·", "•"]

    private static func trim(_ scalars: inout [Unicode.Scalar]) {
        let start = scalars.firstIndex { !edgeMarks.contains($0) } ?? scalars.count
        let end = (scalars.lastIndex { !edgeMarks.contains($0) } ?? -1) + 1
        if start > 0 || end < scalars.count { scalars = start < end ? Array(scalars[start..<end]) : [] }
    }

    // MARK: - Annotations

    /// Words that open an annotation saying whether the section is required, in every language.
    private static let annotationWords: [[Unicode.Scalar]] = [
        "mandatory", "required", "optional", "include if", "include when", "if applicable", "when applicable",
        "if needed", "as needed",
        "verpflichtend", "pflicht", "erforderlich", "falls zutreffend", "wenn zutreffend", "falls vorhanden",
        "einschliessen wenn",
        "obligatoire", "facultatif", "optionnel", "optionnelle", "si applicable", "le cas echeant", "inclure si",
        "obligatorio", "opcional", "si aplica", "si corresponde", "incluir si", "obrigatorio", "se aplicavel",
        "incluir se",
        "必填", "必需", "必须", "必須", "必要", "可选", "可選", "选填", "選填", "任意", "如适用", "如適用", "若适用", "若適用",
        "該当する場合", "필수", "선택", "해당하는 경우", "해당 시",
    ].map { Array(FoldedScalars.folded($0).unicodeScalars) }

    /// Removes each `( … )` whose words start with an annotation word.
    private static func removeAnnotations(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.contains("(") else { return }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "(", let close = scalars[(i + 1)...].firstIndex(of: ")"),
                isAnnotation(scalars[(i + 1)..<close])
            {
                while result.last == " " { result.removeLast() }
                i = close + 1
                continue
            }
            result.append(scalars[i])
            i += 1
        }
        scalars = result
    }

    private static func isAnnotation(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        let line = FoldedScalars(inner)
        let start = line.skippingSpaces(from: 0)
        return annotationWords.contains { line.matches($0, at: start) }
    }

    /// Removes one leading numbering (see ``HeadingNumbering``).
    private static func removeNumbering(_ scalars: inout [Unicode.Scalar]) {
        if let end = HeadingNumbering.end(of: scalars) {
            scalars.removeFirst(end)
        }
    }
}
