extension ReviewPhrases {
    /// Traditional Chinese as written in Taiwan (憲章, 資料, 機密, 「」 quotes).
    static let traditionalChinese = ReviewPhrases(
        phase: { zh("第 \($0.number) 階段「\($0.name)」") }, risk: traditionalChineseRisk,
        criterion: { text in
            switch text {
            case .gate(let rule): zh("憲章關卡：\(rule)")
            case .principle(let name): zh("遵循憲章原則：\(name)（不可妥協）")
            case .outcome(let label, let sentence): "\(label)：\(sentence)"
            case .defaultGate: "每項功能需求都有通過的自動化測試"
            case .scenariosPass(let label, let count): zh("\(label)：\(count == 1 ? "驗收情境通過" : "\(count) 個驗收情境全數通過")")
            case .groupMet(let group, let cited, let count): zh("\(group)\(cited)：\(count) 項需求皆已滿足，且各有通過的測試")
            case .allMet(let count, let cited): zh("全部 \(count) 項需求\(cited)皆已滿足，且各有通過的測試")
            }
        },
        component: { text in
            switch text {
            case .noneNamed: "未列出"
            case .noneNamedPurpose: "spec.md 沒有列出關鍵實體、服務或介面；各階段依使用者故事和需求安排"
            case .namedBySpec: "規格中列出"
            case .keyEntity: "規格中的關鍵實體"
            }
        },
        note: traditionalChineseNote,
        provenance: ProvenanceWords(
            aspect: { aspect in
                switch aspect {
                case .language: "語言"
                case .runtime: "執行環境"
                case .backend: "後端"
                case .frontend: "前端"
                case .mobile: "行動端"
                case .desktop: "桌面端"
                case .embedded: "嵌入式"
                case .storage: "儲存"
                case .cache: "快取"
                case .queue: "佇列"
                case .libraries: "函式庫"
                case .tests: "測試"
                case .build: "建置"
                case .ciCd: "CI/CD"
                case .hosting: "託管"
                case .infrastructure: "基礎架構"
                case .services: "服務"
                case .platforms: "平台"
                case .kind: "類型"
                }
            },
            source: { source in
                switch source {
                case .config: "設定"
                case .constitution: "憲章"
                case .spec: "規格"
                case .specKitPlan(let path): zh("\(ProfileSource.featureFolder(path)) 的計畫")
                case .assumedDefault: "假定的預設值"
                default: source.description
                }
            },
            kind: { PlanPhrases.traditionalChinese.kind($0) }, none: { zh("無（\($0)）") }, more: { zh("，另有 \($0) 項") },
            per: { zh("\($0)（版本依據\($1)）") }, also: { zh("；也是\($0.joined(separator: "、"))") }, separator: "；",
            comma: "、",
            colon: "：", cited: { "（\($0)）" }, lowerCaseAfterFirst: false))

    private static func label(_ phase: PhaseLocator.Located) -> String { traditionalChinese.phase(phase) }
    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : "（\(ids.joined(separator: "、"))）" }
    private static func list(_ items: [String]) -> String { PlanPhrases.traditionalChinese.list(items) }

    /// Ends with a full stop unless the quoted text already ends a sentence.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !"。.!！?？".contains(last) else { return text }
        return text + "。"
    }

    private static func traditionalChineseRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks: "規格中除了一般交付之外，沒有發現重大風險：沒有待決問題、難以達成的指標、移轉、外部服務、個人資料或機密。"
        case .oneRisk: "規格中除了下面這一項之外，沒有發現重大風險。"
        case .question(let question): zh("待決問題：\(question)")
        case .answer(let phase):
            zh("在 spec.md 中寫下答案（\(phase.map { "須在\(label($0))之前決定" } ?? "須在開始實作前決定")），例如使用 /speckit.clarify；本計畫會隨答案更新。")
        case .unmitigated: "規格列出了這項風險，但沒有因應措施：在它影響的階段開始前訂出一項。"
        case .dataMigration(let quoted, let also): "資料移轉：" + quoted + (also.isEmpty ? "" : zh("（另見 \(list(also))）"))
        case .migrationPlan(let foundation, let phase):
            zh(
                "\(foundation.map { "在\(label($0))中" } ?? "在各功能階段之前")撰寫移轉，確認它能在真實資料的副本上套用和復原，並做好備份和演練，之後\(phase.map(label) ?? "功能")才依賴新的結構；移轉須具冪等性，失敗後可以重新執行。"
            )
        case .replacement(let quoted, let also): "取代現有部分：" + quoted + (also.isEmpty ? "" : zh("（另見 \(list(also))）"))
        case .keepOldPath(let phase, let documentation):
            zh(
                "在\(phase.map(label) ?? "功能")完成前，讓舊路徑和新路徑並存，並用測試確認呼叫端仍然正常；在棄用說明中告訴使用者有哪些變更\(documentation.map { "，並寫進\(label($0))（變更紀錄、升級說明）" } ?? "")。"
            )
        case .personalData(let kinds, let ids): zh("個人資料：\(list(kinds.map(traditionalChineseKind)))") + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            traditionalChinesePersonalCare(
                place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "缺少角色或權限檢查，導致未經授權的存取"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            sentence(
                zh("在伺服器端對每個讀取或修改資料的操作檢查角色\(foundation.map { "，統一在\(label($0))中實作" } ?? "")，並為每個角色撰寫授權測試")
                    + (testing.map { "（\(label($0))）" } ?? "") + cited(ids) + (rule.map { zh("；憲章：\($0)") } ?? ""))
        case .deviceSecrets(let ids): "裝置上儲存的權杖和金鑰" + cited(ids)
        case .keystore(let testing):
            zh("存放在平台的金鑰儲存區（Android Keystore、iOS Keychain），不放在偏好設定、檔案或日誌裡，登出時清除\(noOutput(testing))。")
        case .leakingSecrets(let commandLine, let ids):
            zh("權杖和金鑰經由\(commandLine ? "設定檔、shell 歷史紀錄" : "設定檔")和日誌外洩") + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            zh("從\(phase.map(label) ?? "一開始")起就從環境變數或系統鑰匙圈讀取，絕不從隨專案提交的檔案讀取；在日誌、錯誤訊息和詳細輸出中遮蔽這些值\(noOutput(testing))。")
        case .radio(let ids): "實體接觸和無線或更新鏈路：訊號範圍內或拿到裝置的任何人都能送出指令" + cited(ids)
        case .pairing(let phase):
            zh("在\(phase.map(label) ?? "第一個階段")中用 ID 或金鑰配對發送端和接收端，忽略其他來源的訊框；正式版鎖定開機載入程式和熔絲位元，只接受經過簽章的韌體更新。")
        case .service(let name, let role):
            switch role {
            case .ciCd: zh("\(name)：服務中斷、配額和其中保存的機密")
            case .hosting: zh("\(name)：配額、憑證和費用")
            case .service: zh("\(name)：服務中斷、速率限制、憑證和費用")
            }
        case .serviceCare(let name, let role, let foundation, let user):
            traditionalChineseServiceCare(name, role, foundation: foundation.map { "（\(label($0))）" } ?? "", user: user)
        case .services(let names): zh("外部服務（\(list(names))）：服務中斷、速率限制、憑證和費用")
        case .servicesCare(let called, let foundation):
            called
                ? zh(
                    "把每個服務包在具備逾時、重試和測試替身的轉接層後面\(foundation.map { "（\(label($0))）" } ?? "")；所有憑證放在環境變數或金鑰保存庫中，確認每個服務的速率限制和價格，並決定某個服務無法使用時功能該怎麼處理。"
                )
                : zh(
                    "每個權杖只給最小權限，並存放在 CI 的機密設定中\(foundation.map { "（\(label($0))）" } ?? "")；固定版本，留意各供應商的速率限制、配額和帳單；因供應商端出錯而失敗的執行應該重試，不要當成程式錯誤。"
                )
        case .hardTarget(let id, let text): "難以達成的指標" + (id.map { " \($0)" } ?? "") + "：" + text
        case .targetCare(let check, let figures, let place, let testing):
            traditionalChineseTargetCare(check, all: list(figures), place: place, testing: testing)
        case .otherTargets(let others): zh("其他難以達成的指標（\(list(others))）以同樣的方式量測。")
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { zh("；\(label($0))檢查所有輸出中都沒有機密") } ?? ""
    }

    private static func traditionalChineseKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "姓名"
        case .emails: "電子郵件"
        case .phoneNumbers: "電話號碼"
        case .birthDates: "出生日期"
        case .health: "健康資料"
        case .location: "位置"
        case .payments: "付款資訊"
        }
    }

    private static func traditionalChinesePersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { zh("，從\(label($0))起") } ?? ""
        let kept =
            switch place {
            case .device: zh("只保存規格需要的欄位\(from)在裝置上加密，不寫進日誌、當機報告和備份")
            case .local: zh("只保存規格需要的欄位\(from)不寫進日誌、快取和 --verbose 輸出")
            case .server:
                zh("只儲存規格需要的欄位\(from)在傳輸和儲存時加密，不寫進日誌和分析資料，並在\(phase.map(label) ?? "收集這些資料的階段")中提供匯出和刪除功能（GDPR）")
            }
        return kept + (payments ? "；卡號交給金流服務商處理，絕不自行儲存" : "")
            + (testing.map { zh("；\(label($0))檢查日誌和錯誤報告中沒有個人資料") } ?? "") + "。"
    }

    private static func traditionalChineseServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map(label) ?? "功能"
        return switch role {
        case .ciCd:
            zh("在\(user)依賴它之前：把它使用的機密放在機密設定中，只開放給需要的部分；固定版本；因 \(name) 端出錯而失敗的執行應該重試，不要當成程式錯誤。")
        case .hosting:
            zh("\(name) 的權杖只給最小權限，並存放在 CI 的機密設定中\(foundation)；替建立的資源加上標籤，不再需要時刪除；在\(user)大量建立資源之前留意配額和帳單。")
        case .service:
            zh(
                "把 \(name) 包在轉接層後面，具備逾時、退避重試和測試替身\(foundation)；憑證放在環境變數或金鑰保存庫中；在\(user)呼叫它之前確認它的速率限制和價格，並決定它無法使用時功能該怎麼處理。"
            )
        }
    }

    private static func traditionalChineseTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): zh("在\(label(phase))中")
            case .building(let phase): zh("在實作它的\(label(phase))中")
            case .firstFeature: "從第一個功能階段起"
            }
        let again = testing.map { zh("；\(label($0))再做端對端檢查") } ?? ""
        return switch check {
        case .background(let device):
            zh("\(device ?? "手機作業系統")決定背景工作何時執行：\(place)在實機上驗證 \(all)，再讓其他部分依賴它，並在資料過期時提醒使用者\(again)。")
        case .memory(let board):
            zh("\(place)讀取每次建置在 \(board ?? "目標板") 上的記憶體和快閃記憶體用量（連結器的大小報告），超過 \(all) 就讓建置失敗\(again)。")
        case .ratio(let ratios): zh("\(place)訂出 \(list(ratios)) 的量測方式（監控、錯誤預算），低於目標時發出警示\(again)。")
        case .boardTiming(let board):
            zh("\(place)在 \(board ?? "目標板") 上實測 \(all)（在程式路徑前後切換腳位並用邏輯分析儀讀取，或用序列埠日誌的時間戳記）\(again)。")
        case .benchmark(let reference):
            zh("\(place)用基準測試量測 \(all)，在\(traditionalChineseReference(reference))上執行，效能退步時讓 CI 失敗\(again)。")
        }
    }

    private static func traditionalChineseReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): zh("低階\(device.map { " \($0) " } ?? "裝置")")
        case .board(let board): board.map { " \($0) " } ?? "目標板"
        case .slowestBrowser: "支援的最慢瀏覽器和正式環境規模的資料"
        case .minimumHardware: "最低規格的硬體"
        case .productionData: "正式環境規模的資料"
        case .ciRunner: " CI 執行器"
        case .slowestMachine: "支援的最慢機器"
        }
    }

    private static func traditionalChineseNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            zh("遵循 \(citation)") + (names.isEmpty ? "。" : zh("；依據的原則：\(names.joined(separator: "、"))。"))
        case .constitutionPlaceholders(let names): zh("憲章中仍有範本的預留位置：\(names.joined(separator: "、"))。")
        case .noConstitution:
            "找不到憲章（.specify/memory/constitution.md 或 memory/constitution.md，或仍是未填寫的範本）：測試和文件依照 plansync 的預設規則。"
        case .stackAssumed:
            "技術堆疊是假定的，不是從專案讀到的：NestJS、Next.js、PostgreSQL 和 Redis（計畫提示詞的預設值），因為 `.plansync.json`、設定中的 `stack`、憲章、規格、Spec Kit 計畫和套件清單檔都沒有指明；請在第 1 階段之前確認，或在專案根目錄的 `.plansync.json` 中用 `stack` 寫明實際的技術堆疊。"
        case .stack(let provenance): "技術堆疊：" + sentence(provenance)
        case .sourcesDisagree(let conflict): zh("各來源的說法不一致（\(conflict)）；如果選錯了，請在 `.plansync.json` 中用 `stack` 更正。")
        case .unreadable(let path, let reason): zh("無法完整讀取 \(path)：\(sentence(reason))本計畫依據其他來源撰寫。")
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            zh(
                "從 spec.md 讀取：\(stories) 個使用者故事、\(requirements) 項需求、\(criteria) 項成功標準、\(edgeCases) 個邊界案例和 \(questions) 個待決問題。"
            )
        case .openClarifications(let questions): zh("待釐清問題（\(questions.count)）：") + questions.joined(separator: " ")
        case .answered(let count): zh("規格中已回答的釐清問題：\(count)。")
        case .status(let status): zh("規格的狀態是「\(status)」：請對照已交付的內容檢查本計畫。")
        case .emptySpec:
            "spec.md 是空的，或沒有可辨識的章節：請加上 **Input** 描述、附優先順序的使用者故事、功能需求（FR-001 …）和成功標準（SC-001 …）。"
        case .noTitle: "spec.md 沒有 `# Feature Specification:` 標題：標題取自資料夾名稱。"
        case .noStories: "規格中沒有使用者故事：功能階段依需求安排。"
        case .noRequirements: "找不到功能需求：階段工作只來自使用者故事。"
        case .noIDs: "需求沒有編號（FR-001 …）：本計畫照原文引用。"
        case .someWithoutIDs(let count, let total): zh("\(total) 項需求中有 \(count) 項沒有編號（FR-001 …）。")
        case .noCriteria(let requirements, let stories):
            "規格中沒有成功標準（SC-001 …）："
                + (!requirements && !stories
                    ? "本計畫採用憲章的關卡或 plansync 的預設標準。"
                    : zh("本計畫的標準依據它的\(list([requirements ? "需求" : nil, stories ? "使用者故事" : nil].compactMap { $0 }))訂定。"))
        case .noEntities: "沒有關鍵實體（Key Entities）：資料模型尚待定義。"
        case .estimates(let e, let small):
            zh(
                "估算：功能階段中每項需求 \(dayCount(e.daysPerRequirement)) 天、每個驗收情境 \(dayCount(e.daysPerScenario)) 天；基礎階段 \(small ? "\(dayCount(e.minimumPhaseDays)) 天（對現有程式碼的小幅修改）" : "\(dayCount(e.foundationDays)) 天")，每個外部服務另加 \(dayCount(e.daysPerService)) 天；測試為功能階段的 \(Int(e.testingShare * 100))%，每個邊界案例另加 \(dayCount(e.daysPerEdgeCase)) 天\(small ? "，至少 \(dayCount(e.minimumPhaseDays)) 天" : "")；每個階段的天數無條件進位（config.json `estimates`）。"
            )
        case .ownPlan(let phases, let days, let total):
            zh("階段沿用規格自己的計畫（\(phases) 個編號階段）")
                + (days.map {
                    $0 == total
                        ? zh("；它 \($0) 天的時程就是估算，包含測試和文件階段") : zh("；它的時程為 \($0) 天，加上每份計畫都有的測試和文件階段，共 \(total) 天")
                } ?? "") + "。"
        case .placeholders(let lines, let shown, let more):
            zh("spec.md 中有 \(lines) 行仍含 Spec Kit 的預留位置，沒有納入本計畫：\(shown.joined(separator: "、"))\(more ? "……" : "")。")
        case .unreadParts(let parts, let more):
            zh("本計畫沒有讀取的 spec.md 章節（標題無法辨識）：\(parts.map { "「\($0)」" }.joined(separator: "、"))\(more ? "……" : "")。")
        }
    }
}
