extension PlanPhrases {
    /// Traditional Chinese as a Taiwanese tech lead writes task lines: Taiwan's words (程式碼,
    /// 資料庫, 使用者, 設定, 專案, 函式庫, 建置), not the Simplified table converted character by character.
    static let traditionalChinese = PlanPhrases(
        list: traditionalChineseList,
        onRuntime: { "\($0) / \($1)" },
        unnamedLanguage: "專案所用的語言（沒有來源寫明）",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : zh("\(stories) 個使用者故事"), requirements == 0 ? nil : zh("\(requirements) 項功能需求"),
            ].compactMap { $0 }
            return zh("涵蓋\(traditionalChineseList(parts))。")
        },
        moreEntities: { zh("另外 \($0) 個實體") },
        undescribedSpec: "spec.md 尚未描述這項功能：沒有 **Input** 描述、概述、使用者故事或需求。",
        foundationPhase: "基礎與環境建置", testingPhase: "測試", documentationPhase: "文件", crossCuttingPhase: "跨領域需求",
        corePhase: "核心功能", definitionPhase: "功能定義",
        definitionTask: "在 spec.md 中撰寫使用者故事、功能需求和成功標準；存檔後本計畫會跟著更新", requirementsPhase: "需求",
        nature: { nature in
            switch nature {
            case .security: "安全性"
            case .performance: "效能"
            case .reliability: "可靠性"
            case .observability: "可觀測性"
            }
        },
        scenario: "情境：", edgeCase: "邊界案例：", constitution: "憲章：", implement: "實作：", acceptance: "驗收：",
        securityRule: "落實憲章的安全規則：", foundation: traditionalChineseFoundation,
        security: { form, _, audit in
            let focus =
                switch form {
                case .server: "在 API 邊界驗證所有輸入，金鑰放在環境變數中"
                case .browser: "使用者輸入在顯示前先做清理"
                case .commandLine: "執行前先驗證參數和輸入檔案"
                case .library: "在公開 API 驗證輸入（格式錯誤的輸入不可造成當機）"
                case .mobile: "只要求功能需要的權限，個人資料留在裝置上"
                case .desktop: "驗證應用程式讀取的檔案和輸入"
                case .embedded: "韌體處理每則訊息和輸入前先做驗證"
                case .pipeline: "依預期的結構描述（schema）驗證輸入資料"
                case .infrastructure: "金鑰放在金鑰保存庫中，權杖和服務帳戶採最小權限"
                case .game: "驗證引擎載入的資源和腳本"
                case .other: "驗證輸入"
                }
            return zh("安全性：\(focus)；權杖和憑證不可出現在程式碼、日誌和輸出中") + (audit.map { zh("；用 `\($0)` 檢查新的相依套件") } ?? "")
        },
        roles: "為功能的各項操作定義角色和權限檢查（RBAC）",
        otherEdgeCases: { zh("規格中其餘 \($0) 個邊界案例") },
        authorizationTests: "授權測試：每個角色只能執行它被允許的操作",
        requirementTests: { count, tools in zh("為 \(count) 項功能需求逐一撰寫單元測試和整合測試\(tools.map { "（\($0)）" } ?? "")") },
        acceptanceTests: { form, count, tools in
            let scenarios = count == 1 ? "驗收情境" : zh(" \(count) 個驗收情境")
            let tools = tools.map { "（\($0)）" } ?? ""
            return switch form {
            case .browser(let tool): zh("為\(scenarios)撰寫端對端測試（\(tool)）")
            case .builtCommand: zh("為\(scenarios)撰寫驗收測試，實際執行建置出來的程式\(tools)")
            case .publicAPI: zh("透過公開 API 測試\(scenarios)")
            case .device: zh("在裝置或模擬器上對\(scenarios)做 UI 測試\(tools)")
            case .hardware: zh("在實體硬體上驗證\(scenarios)，邏輯則在裝置外做單元測試")
            case .preview: zh("上線前在預覽環境中驗證\(scenarios)")
            case .plain: zh("為\(scenarios)撰寫驗收測試")
            }
        },
        performanceChecks: { ids, benchmark in
            zh("依 \(ids.joined(separator: "、")) 做效能驗證\(benchmark.map { "（\($0)）" } ?? "")")
        },
        testFirst: { ci in "先寫測試再寫程式碼，維持 CI 全數通過" + (ci.map { "（\($0)）" } ?? "") },
        userDocumentation: { kind, title, apiDocs in
            switch kind {
            case .library?: zh("為\(title)撰寫公開 API 文件（\(apiDocs)），附上使用範例")
            case .commandLineTool?: zh("更新\(title)的指令說明和 README 用法")
            case .embedded?: zh("記錄\(title)的接線、設定和韌體燒錄方式")
            case .infrastructure?: zh("撰寫\(title)的維運手冊：部署了哪些資源、金鑰存放在哪裡、如何發布和復原")
            default: zh("更新\(title)的 README 和使用者文件")
            }
        },
        userFlows: { zh("記錄使用者流程：\($0)") },
        apiDocumentation: { zh("記錄新增的 API 端點\($0 ? "（寫進 OpenAPI 描述）" : "")") },
        configurationDocumentation: "記錄新增的設定：設定項目、命令列參數和環境變數及其預設值", changelog: "新增變更紀錄（changelog）項目",
        architecture: traditionalChineseArchitecture,
        kind: { kind in
            switch kind {
            case .webApplication: "Web 應用程式"
            case .apiService: "API 服務"
            case .commandLineTool: "命令列工具"
            case .library: "函式庫"
            case .mobileApp: "行動應用程式"
            case .desktopApp: "桌面應用程式"
            case .embedded: "嵌入式韌體"
            case .dataPipeline: "資料管線"
            case .infrastructure: "基礎架構"
            case .game: "遊戲"
            }
        },
        purpose: traditionalChinesePurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "待補"
            case .namedInSpec: "規格中提到"
            case .assumedDefault: "假定的預設技術堆疊"
            case .standardLibrary: "標準函式庫"
            case .usualTestTool(let language): zh("\(language ?? "這套技術堆疊")的慣用工具：專案沒有指定測試工具")
            case .source(let source): source
            }
        },
        assumption: "假設：", noInternalDependencies: "規格中未列出", noFeatureDependencies: "無")

    /// "A、B 和 C": a space before 和 only beside a Latin name.
    private static func traditionalChineseList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : zh("\(items.dropLast().joined(separator: "、"))和\(last)")
    }

    private static func traditionalChineseFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code): zh("建立\(title)的 \(framework)（\(code)）模組，包含設定和結構化日誌")
        case .applicationModules(let title, let app, let code): zh("在 \(app) 應用程式（\(code)）中建立\(title)的模組及其設定")
        case .commandLine(let title, let code, let commands):
            zh("用 \(code) 建立\(title)的程式碼並串接\(commands.map { " \($0) 指令" } ?? "命令列")，包含設定和明確的結束代碼")
        case .library(let title, let code): zh("用 \(code) 建立\(title)的函式庫模組：公開型別、錯誤和文件")
        case .appModule(let title, let code, _, let toolkit):
            zh("用 \(code)\(toolkit.map { "（\($0)）" } ?? "") 建立\(title)的應用程式模組：狀態、導覽入口和設定")
        case .firmware(let title, let code, let device):
            zh("用 \(code) 建立\(title)的韌體模組\(device.map { "（\($0)）" } ?? "")：腳位、時序和記憶體預算")
        case .pipeline(let title, let code): zh("用 \(code) 建立\(title)的管線階段：輸入、輸出和設定")
        case .infrastructure(let title, let tool): zh("撰寫\(title)的 \(tool ?? "基礎架構") 定義，依環境設定")
        case .engine(let title, let code): zh("用 \(code) 建立\(title)的引擎子系統並串接遊戲迴圈")
        case .modules(let title, let code): zh("建立\(title)的 \(code) 模組及其設定")
        case .storage(let style, let database, let what, _, let using):
            traditionalChineseStorage(style, database: database, what: what ?? "功能資料", using: using)
        case .screens(let title, let toolkit), .windows(let title, let toolkit), .components(let title, let toolkit):
            zh("建立\(title)的 \(toolkit) 畫面骨架")
        case .routes(let toolkit): zh("建立 \(toolkit) 路由和共用元件")
        case .serviceAccess(let kind, let service):
            kind == .library
                ? zh("在介面後面定義 \(service) 用戶端，憑證由呼叫端提供；測試使用替身")
                : zh("設定 \(service) 整合：憑證不進版本庫，測試使用沙箱或替身")
        }
    }

    private static func traditionalChineseStorage(
        _ style: StorageStyle?, database: String, what: String, using: String?
    ) -> String {
        let using = using.map { "（\($0)）" } ?? ""
        return switch style {
        case nil: zh("定義\(what)的資料型別及其不變條件")
        case .relational?: zh("為\(what)建立 \(database) 資料表結構和移轉\(using)")
        case .document?: zh("為\(what)定義 \(database) 集合和索引\(using)")
        case .keyValue?: zh("定義\(what)在 \(database) 中的儲存方式：鍵、格式和版本")
        }
    }

    private static func traditionalChineseArchitecture(_ line: ArchitectureLine) -> String {
        let kind = traditionalChinese.kind
        return switch line {
        case .service(let stack, let subject): zh("\(stack) 服務，實作\(subject)")
        case .serverSide(let framework, let code, let subject): zh("\(framework) 伺服器端（\(code)），實作\(subject)")
        case .unnamedServer(let code, let subject): zh("\(code) 伺服器端，實作\(subject)；沒有來源指出它的框架")
        case .runsElsewhere(let form, let device, let subject, let code, _):
            zh(
                "無（\(kind(form))\(device.map { "，\($0)" } ?? "")）：\(subject)用 \(code) 實作，在\(form == .webApplication ? "瀏覽器" : form == .desktopApp ? "使用者的電腦" : "裝置")上執行"
            )
        case .commandLine(let code, let libraries, let subject):
            zh("\(code) 命令列工具\(libraries.map { "（\($0)）" } ?? "")，實作\(subject)；沒有伺服器端")
        case .library(let code, let framework, let subject):
            zh("\(code) 函式庫\(framework.map { "（用於 \($0)）" } ?? "")，沒有獨立的服務：\(subject)作為它的公開 API")
        case .pipeline(let code, let libraries, let subject):
            zh("\(code) 資料管線\(libraries.map { "（\($0)）" } ?? "")，實作\(subject)")
        case .game(let subject, let code, let libraries):
            zh("無（遊戲在玩家的電腦上執行）：\(subject)用 \(code) 實作\(libraries.map { "，使用 \($0)" } ?? "")")
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            zh(
                "\(tools ?? "基礎架構定義")\(hosting.map { "（部署於 \($0)）" } ?? "")，用於\(subject)\(deployed.map { "；部署的服務：\($0)" } ?? "")"
            )
        case .implementing(let stack, let subject): zh("\(stack)，實作\(subject)")
        case .theFeaturesOperations: "功能的各項操作"
        case .theFeaturesStoredData: "功能儲存的資料"
        case .provisionedDatabase(let databases): zh("\(databases)，在基礎架構上執行：由本功能建立和設定，沒有自己的資料表結構")
        case .connectedDatabase(let databases, let cache):
            zh("\(databases)，透過函式庫的資料庫存取連線：沒有自己的資料表結構\(cache.map { "；\($0) 用於快取" } ?? "")")
        case .database(let databases, let what, let cache):
            zh("\(databases)，儲存\(what)\(cache.map { "；\($0) 用於快取" } ?? "")")
        case .noNewStorage(let databases): zh("沒有新增的儲存：本功能不保存自己的資料（專案使用 \(databases)）")
        case .storesNothing: "無：本功能不儲存資料"
        case .noneNamed: "專案的技術堆疊中沒有指定"
        case .noDatabaseOfItsOwn(let form): zh("無（\(kind(form))，沒有自己的資料庫）")
        case .storageNotChosen(let what): zh("尚未選定：本功能需要儲存\(what)，但沒有來源說明專案的儲存方式；須在第 1 階段前決定")
        case .noInterface(let form): form.map { zh("無（\(kind($0))）") } ?? "專案的技術堆疊中沒有指定"
        case .interfaceUnchanged(let toolkit): zh("沒有變更：本功能沒有自己的使用者介面\(toolkit.map { "（\($0)）" } ?? "")")
        case .theProjectsInterface: "專案的使用者介面"
        case .views(let toolkit, let noun, let flows):
            zh("\(toolkit) \(noun == .scenes ? "場景" : "畫面")\(flows.map { "，用於：\($0)" } ?? "，用於功能的使用者流程")")
        case .noServices: "規格範圍內沒有提到"
        }
    }

    private static func traditionalChinesePurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "指令、參數和說明"
        case .pluggedFramework: "函式庫所串接的框架"
        case .hardwareLibrary(let name): zh("\(name) 硬體函式庫")
        case .driver(let name): zh("\(name) 驅動程式")
        case .infrastructure: "基礎架構即程式碼（IaC）和部署"
        case .engine: "引擎的繪圖、輸入或腳本"
        case .dataProcessing: "資料處理"
        case .apiFramework: "API 框架"
        case .serverFramework: "伺服器端框架"
        case .pagesAndServer: "頁面和伺服器端程式碼"
        case .userInterface: "使用者介面"
        case .screens: "畫面"
        case .dataAccess: "資料存取和移轉"
        case .client(let name): zh("\(name) 用戶端")
        case .cacheClient(let name): zh("\(name) 快取用戶端")
        case .serviceClient(let name): zh("\(name) API 用戶端")
        case .webCalls(let services): zh("呼叫 \(traditionalChinese.list(services)) API")
        case .authentication, .roleGuards: "身分驗證和角色檢查"
        case .tests(let purpose):
            switch purpose {
            case .unit: "單元測試和整合測試"
            case .endToEnd: "使用者流程的端對端測試"
            case .component: "元件測試"
            case .assertions: "測試斷言"
            case .doubles: "測試替身"
            case .properties: "以屬性為基礎的測試（property-based testing）"
            case .snapshots: "輸出的快照測試"
            case .benchmarks: "針對量化目標的效能基準測試"
            case .device: "在裝置或模擬器上的測試"
            }
        }
    }
}
