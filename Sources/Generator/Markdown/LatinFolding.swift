/// Accented Latin letters (Latin-1 Supplement and Latin Extended-A, the letters of the European
/// languages specs are written in) folded to their lower-case ASCII base, for matching words
/// regardless of accents. A table rather than Unicode decomposition, which the standard library
/// does not expose and Foundation would pull into the generator.
enum LatinFolding {
    private static let table: [UInt32: UInt8] = {
        let groups: [(Character, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
            ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"),
            ("l", "ĺļľŀłĹĻĽĿŁ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
            ("s", "śŝşšŚŜŞŠ"), ("t", "ţťŧŢŤŦ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"),
            ("y", "ýÿŷÝŶŸ"), ("z", "źżžŹŻŽ"),
        ]
        var table: [UInt32: UInt8] = [:]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base.asciiValue }
        }
        return table
    }()

    /// The ASCII base letter of an accented Latin letter, nil for anything else.
    static func base(of value: UInt32) -> UInt8? {
        guard value >= 0xC0, value <= 0x17F else { return nil }
        return table[value]
    }
}
