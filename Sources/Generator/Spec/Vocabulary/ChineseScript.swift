/// Which of the two Chinese scripts a text is written in: Traditional (Taiwan, Hong Kong) or
/// Simplified. A spec detected as Chinese gets plans in its own script, so that a Taiwanese
/// spec's plan does not mix the author's 繁體 with the generator's 简体.
///
/// Told by counting characters that exist in one script only, from a table of frequent pairs
/// (這/这, 們/们, 資/资 …); characters both scripts share (中, 文, 的) and pairs whose simplified
/// form is also a Traditional word (台, 后 as 皇后 aside, 注, 系, 准) tell nothing and are left
/// out. One pass over the UTF-8 bytes and one array look-up per Chinese character, so reading
/// the script costs a few microseconds per spec, and only Chinese specs pay it.
public enum ChineseScript: String, Sendable, Equatable {
    case simplified
    case traditional

    /// The script most of `text`'s one-script characters are written in; Simplified on a tie
    /// (and for a text with none), as plansync's Chinese plans were before.
    public static func of(_ text: String) -> ChineseScript {
        var text = text
        return text.withUTF8 { bytes in
            var count = Count()
            var index = 0
            let end = bytes.count
            while index + 2 < end {
                let lead = bytes[index]
                // Every character of the table is in U+4E00…U+9FFF: three bytes, lead 0xE4…0xE9.
                guard lead >= 0xE4, lead <= 0xE9 else {
                    index += 1
                    continue
                }
                let scalar =
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                count.add(table[Int(scalar) - 0x4000])
                if count.isDecided { break }
                index += 3
            }
            return count.traditional > count.simplified ? .traditional : .simplified
        }
    }

    /// The running tally of one-script characters.
    private struct Count {
        var traditional = 0
        var simplified = 0

        mutating func add(_ mark: UInt8) {
            if mark == Mark.traditional { traditional += 1 } else if mark == Mark.simplified { simplified += 1 }
        }

        /// Far enough ahead that the rest of the text cannot matter in practice.
        var isDecided: Bool { abs(traditional - simplified) >= 200 }
    }

    private enum Mark {
        static let traditional: UInt8 = 1
        static let simplified: UInt8 = 2
    }

    /// Pairs of the same word in each script, Traditional first: common in specs and found in
    /// one script only.
    static let pairs: [(traditional: Unicode.Scalar, simplified: Unicode.Scalar)] = [
        ("這", "这"), ("們", "们"), ("個", "个"), ("為", "为"), ("說", "说"), ("會", "会"), ("時", "时"),
        ("與", "与"), ("來", "来"), ("對", "对"), ("發", "发"), ("後", "后"), ("應", "应"), ("資", "资"),
        ("並", "并"), ("統", "统"), ("實", "实"), ("體", "体"), ("務", "务"), ("門", "门"), ("開", "开"),
        ("關", "关"), ("從", "从"), ("讓", "让"), ("還", "还"), ("進", "进"), ("過", "过"), ("當", "当"),
        ("錯", "错"), ("誤", "误"), ("訊", "讯"), ("檔", "档"), ("數", "数"), ("據", "据"), ("類", "类"),
        ("專", "专"), ("試", "试"), ("測", "测"), ("點", "点"), ("線", "线"), ("經", "经"), ("將", "将"),
        ("選", "选"), ("設", "设"), ("計", "计"), ("認", "认"), ("證", "证"), ("碼", "码"), ("庫", "库"),
        ("單", "单"), ("標", "标"), ("題", "题"), ("號", "号"), ("種", "种"), ("頁", "页"), ("寫", "写"),
        ("讀", "读"), ("輸", "输"), ("無", "无"), ("動", "动"), ("態", "态"), ("變", "变"), ("轉", "转"),
        ("換", "换"), ("處", "处"), ("執", "执"), ("業", "业"), ("戶", "户"), ("帳", "账"), ("間", "间"),
        ("問", "问"), ("現", "现"), ("項", "项"), ("網", "网"), ("際", "际"), ("機", "机"), ("電", "电"),
        ("報", "报"), ("導", "导"), ("護", "护"), ("權", "权"), ("驗", "验"), ("確", "确"), ("義", "义"),
        ("則", "则"), ("規", "规"), ("節", "节"), ("給", "给"), ("結", "结"), ("構", "构"), ("產", "产"),
        ("記", "记"), ("錄", "录"), ("條", "条"), ("優", "优"), ("級", "级"), ("狀", "状"), ("環", "环"),
        ("屬", "属"), ("顯", "显"), ("參", "参"), ("層", "层"), ("費", "费"), ("視", "视"), ("決", "决"),
        ("儲", "储"), ("傳", "传"), ("運", "运"), ("達", "达"), ("邊", "边"), ("預", "预"), ("險", "险"),
        ("組", "组"), ("總", "总"), ("維", "维"), ("創", "创"), ("刪", "删"), ("載", "载"), ("啟", "启"),
        ("鍵", "键"), ("圖", "图"), ("學", "学"), ("軟", "软"), ("識", "识"), ("詢", "询"), ("論", "论"),
        ("語", "语"), ("許", "许"), ("請", "请"), ("調", "调"), ("該", "该"), ("詳", "详"), ("細", "细"),
    ]

    /// One mark per code point of U+4000…U+9FFF, every three-byte sequence whose lead byte is
    /// 0xE4…0xE9: 0, or the script the character belongs to alone (24 KiB, built once).
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0xA000 - 0x4000)
        for (traditional, simplified) in pairs {
            table[Int(traditional.value) - 0x4000] = Mark.traditional
            table[Int(simplified.value) - 0x4000] = Mark.simplified
        }
        return table
    }()
}
