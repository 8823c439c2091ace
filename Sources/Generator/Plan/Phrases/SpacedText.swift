/// A sentence of a Traditional Chinese table whose interpolated values are set off by a space
/// from the Chinese characters beside them when they begin or end with a Latin letter or digit
/// ("實作 PR/MR 資訊", "建立 MergeDigest 工具的程式碼"), as technical writing in Taiwan does.
/// Only the seams between the table's words and a value get a space: the value itself, quoted
/// from the spec, is kept exactly as written.
struct SpacedText: ExpressibleByStringInterpolation {
    var text: String

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { SpacedText.append(literal, to: &text) }

        mutating func appendInterpolation(_ value: String) { SpacedText.append(value, to: &text) }

        mutating func appendInterpolation(_ value: Int) { SpacedText.append(String(value), to: &text) }
    }

    /// `piece` after `text`, with a space between them where a Chinese character meets a Latin
    /// letter or digit.
    static func append(_ piece: String, to text: inout String) {
        if let last = text.unicodeScalars.last, let first = piece.unicodeScalars.first,
            isLatin(last) && isHan(first) || isHan(last) && isLatin(first)
        {
            text += " "
        }
        text += piece
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool { WritingScript(scalar) == .han }
}

/// The text of a `SpacedText` literal: `zh("建立\(title)的程式碼")`.
func zh(_ text: SpacedText) -> String { text.text }
