/// Reads spec.md text into a `Spec`, as its authors wrote it: any language of the vocabulary,
/// the old and the current Spec Kit template, free-form specs; sections recognised by meaning,
/// lists, tables, bold lines and headings read alike. Total: any text gives a spec, an empty
/// one at worst. One pass over the lines; each recogniser runs once per line it may concern.
public enum SpecParser {
    /// - Parameters:
    ///   - text: the spec.md contents.
    ///   - folder: the spec folder's name (`003-rink-sessions`), for the title when the spec has none.
    public static func parse(_ text: String, folder: String) -> Spec {
        parse(text, lines: markdownLines(text), folder: folder)
    }

    /// With the text's lines already split (`markdownLines(text)`), shared with the spec's stack reader.
    static func parse(_ text: String, lines: [MarkdownLine], folder: String) -> Spec {
        let header = SpecHeader(lines)
        var spec = Spec(title: header.title ?? SpecTitle.fromFolder(folder), titleFromHeading: header.title != nil)
        spec.metadata = header.metadata
        spec.input = header.input
        let outline = SpecOutline(lines)
        var reader = SpecReader(outline: outline, spec: spec)
        reader.readSections()
        spec = reader.finish(header: header)
        spec.language = LanguageDetector.language(of: text)
        if spec.language == .chinese { spec.chineseScript = ChineseScript.of(text) }
        spec.isUnfilledTemplate = TemplateText.isUnfilledTemplate(text)
        spec.featureReferences = SpecMarkers.featureReferences(outline, ownFolder: folder)
        spec.signals = SpecSignals.detect(inAuthorLines: reader.authorLines, spec: spec)
        return spec
    }
}
