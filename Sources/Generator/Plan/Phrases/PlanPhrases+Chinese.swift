extension PlanPhrases {
    /// Simplified Chinese, in a tech lead's short task lines.
    static let chinese = PlanPhrases(
        list: { items in
            guard let last = items.last else { return "" }
            return items.count == 1 ? last : items.dropLast().joined(separator: "、") + "和" + last
        },
        onRuntime: { "\($0) / \($1)" },
        unnamedLanguage: "项目所用的语言（没有来源写明）",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : "\(stories) 个用户故事", requirements == 0 ? nil : "\(requirements) 项功能需求",
            ].compactMap { $0 }
            return "涵盖\(parts.joined(separator: "和"))。"
        },
        moreEntities: { "另外 \($0) 个实体" },
        undescribedSpec: "spec.md 尚未描述该功能：没有 **Input** 描述、概述、用户故事或需求。",
        foundationPhase: "基础与环境搭建", testingPhase: "测试", documentationPhase: "文档", crossCuttingPhase: "跨领域需求",
        corePhase: "核心功能", definitionPhase: "功能定义",
        definitionTask: "在 spec.md 中编写用户故事、功能需求和成功标准；保存后本计划随之更新", requirementsPhase: "需求",
        nature: { nature in
            switch nature {
            case .security: "安全"
            case .performance: "性能"
            case .reliability: "可靠性"
            case .observability: "可观测性"
            }
        },
        scenario: "场景：", edgeCase: "边界情况：", constitution: "章程：", implement: "实现：", acceptance: "验收：",
        securityRule: "落实章程的安全规则：", foundation: chineseFoundation,
        security: { form, _, audit in
            let focus =
                switch form {
                case .server: "在 API 边界校验所有输入，密钥放在环境变量中"
                case .browser: "用户输入在渲染前做清理"
                case .commandLine: "执行前校验参数和输入文件"
                case .library: "在公共 API 校验输入（畸形输入不得崩溃）"
                case .mobile: "只申请功能所需的权限，个人数据留在设备上"
                case .desktop: "校验应用读取的文件和输入"
                case .embedded: "固件处理每条消息和输入前先做校验"
                case .pipeline: "按预期模式校验输入数据"
                case .infrastructure: "密钥放在密钥库中，令牌和服务账号遵循最小权限"
                case .game: "校验引擎加载的资源和脚本"
                case .other: "校验输入"
                }
            return "安全：\(focus)；令牌和凭据不得出现在代码、日志和输出中" + (audit.map { "；用 `\($0)` 检查新依赖" } ?? "")
        },
        roles: "为功能的各项操作定义角色和权限守卫（RBAC）",
        otherEdgeCases: { "规格中其余 \($0) 个边界情况" },
        authorizationTests: "授权测试：每个角色只能执行其被允许的操作",
        requirementTests: { count, tools in "为 \(count) 项功能需求逐一编写单元测试和集成测试\(tools.map { "（\($0)）" } ?? "")" },
        acceptanceTests: { form, count, tools in
            let scenarios = count == 1 ? "验收场景" : " \(count) 个验收场景"
            let tools = tools.map { "（\($0)）" } ?? ""
            return switch form {
            case .browser(let tool): "为\(scenarios)编写端到端测试（\(tool)）"
            case .builtCommand: "为\(scenarios)编写运行构建产物命令的验收测试\(tools)"
            case .publicAPI: "通过公共 API 测试\(scenarios)"
            case .device: "在设备或模拟器上对\(scenarios)做 UI 测试\(tools)"
            case .hardware: "在真实硬件上验证\(scenarios)，逻辑在设备外做单元测试"
            case .preview: "上线前在预览环境中验证\(scenarios)"
            case .plain: "为\(scenarios)编写验收测试"
            }
        },
        performanceChecks: { ids, benchmark in
            "按 \(ids.joined(separator: "、")) 做性能验证\(benchmark.map { "（\($0)）" } ?? "")"
        },
        testFirst: { ci in "先写测试再写代码，保持 CI 全部通过" + (ci.map { "（\($0)）" } ?? "") },
        userDocumentation: { kind, title, apiDocs in
            switch kind {
            case .library?: "为\(title)编写公共 API 文档（\(apiDocs)），附使用示例"
            case .commandLineTool?: "更新\(title)的命令帮助和 README 用法说明"
            case .embedded?: "记录\(title)的接线、设置和固件烧录方法"
            case .infrastructure?: "编写\(title)的运维手册：部署了什么、密钥存放位置、如何发布和回滚"
            default: "更新\(title)的 README 和用户文档"
            }
        },
        userFlows: { "记录用户流程：\($0)" },
        apiDocumentation: { "记录新增的 API 端点\($0 ? "（写入 OpenAPI 描述）" : "")" },
        configurationDocumentation: "记录新增配置：设置项、命令行参数和环境变量及其默认值", changelog: "添加变更日志条目",
        architecture: chineseArchitecture,
        kind: { kind in
            switch kind {
            case .webApplication: "Web 应用"
            case .apiService: "API 服务"
            case .commandLineTool: "命令行工具"
            case .library: "库"
            case .mobileApp: "移动应用"
            case .desktopApp: "桌面应用"
            case .embedded: "嵌入式固件"
            case .dataPipeline: "数据管道"
            case .infrastructure: "基础设施"
            case .game: "游戏"
            }
        },
        purpose: chinesePurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "待添加"
            case .namedInSpec: "规格中提及"
            case .assumedDefault: "假定的默认技术栈"
            case .standardLibrary: "标准库"
            case .usualTestTool(let language): "\(language ?? "该技术栈")的常用工具：项目未指定测试工具"
            case .source(let source): source
            }
        },
        assumption: "假设：", noInternalDependencies: "规格中未列出", noFeatureDependencies: "无")

    private static func chineseFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code): "搭建\(title)的 \(framework)（\(code)）模块，含配置和结构化日志"
        case .applicationModules(let title, let app, let code): "在 \(app) 应用（\(code)）中搭建\(title)的模块及其配置"
        case .commandLine(let title, let code, let commands):
            "用 \(code) 搭建\(title)的代码并接入\(commands.map { " \($0) 命令" } ?? "命令行")，含配置和明确的退出码"
        case .library(let title, let code): "用 \(code) 搭建\(title)的库模块：公共类型、错误和文档"
        case .appModule(let title, let code, _, let toolkit):
            "用 \(code)\(toolkit.map { "（\($0)）" } ?? "") 搭建\(title)的应用模块：状态、导航入口和配置"
        case .firmware(let title, let code, let device):
            "用 \(code) 搭建\(title)的固件模块\(device.map { "（\($0)）" } ?? "")：引脚、时序和内存预算"
        case .pipeline(let title, let code): "用 \(code) 搭建\(title)的管道阶段：输入、输出和配置"
        case .infrastructure(let title, let tool): "编写\(title)的 \(tool ?? "基础设施") 定义，按环境配置"
        case .engine(let title, let code): "用 \(code) 搭建\(title)的引擎子系统并接入游戏循环"
        case .modules(let title, let code): "搭建\(title)的 \(code) 模块及其配置"
        case .storage(let style, let database, let what, _, let using):
            chineseStorage(style, database: database, what: what ?? "功能数据", using: using)
        case .screens(let title, let toolkit), .windows(let title, let toolkit), .components(let title, let toolkit):
            "搭建\(title)的 \(toolkit) 界面骨架"
        case .routes(let toolkit): "搭建 \(toolkit) 路由和共享组件"
        case .serviceAccess(let kind, let service):
            kind == .library
                ? "在接口后定义 \(service) 客户端，凭据由调用方提供；测试使用替身"
                : "配置 \(service) 集成：凭据不进代码仓库，测试使用沙箱或替身"
        }
    }

    private static func chineseStorage(_ style: StorageStyle?, database: String, what: String, using: String?) -> String
    {
        let using = using.map { "（\($0)）" } ?? ""
        return switch style {
        case nil: "定义\(what)的数据类型及其不变量"
        case .relational?: "为\(what)创建 \(database) 表结构和迁移\(using)"
        case .document?: "为\(what)定义 \(database) 集合和索引\(using)"
        case .keyValue?: "定义\(what)在 \(database) 中的存储方式：键、格式和版本"
        }
    }

    private static func chineseArchitecture(_ line: ArchitectureLine) -> String {
        switch line {
        case .service(let stack, let subject): "\(stack) 服务，实现\(subject)"
        case .serverSide(let framework, let code, let subject): "\(framework) 服务端（\(code)），实现\(subject)"
        case .unnamedServer(let code, let subject): "\(code) 服务端，实现\(subject)；没有来源说明其框架"
        case .runsElsewhere(let kind, let device, let subject, let code, _):
            "无（\(chinese.kind(kind))\(device.map { "，\($0)" } ?? "")）：\(subject)用 \(code) 实现，运行在\(kind == .webApplication ? "浏览器" : kind == .desktopApp ? "用户电脑" : "设备")上"
        case .commandLine(let code, let libraries, let subject):
            "\(code) 命令行工具\(libraries.map { "（\($0)）" } ?? "")，实现\(subject)；无服务端"
        case .library(let code, let framework, let subject):
            "\(code) 库\(framework.map { "（用于 \($0)）" } ?? "")，无独立服务：\(subject)作为其公共 API"
        case .pipeline(let code, let libraries, let subject):
            "\(code) 数据管道\(libraries.map { "（\($0)）" } ?? "")，实现\(subject)"
        case .game(let subject, let code, let libraries):
            "无（游戏运行在玩家电脑上）：\(subject)用 \(code) 实现\(libraries.map { "，使用 \($0)" } ?? "")"
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            "\(tools ?? "基础设施定义")\(hosting.map { "（部署在 \($0)）" } ?? "")，用于\(subject)\(deployed.map { "；部署的服务：\($0)" } ?? "")"
        case .implementing(let stack, let subject): "\(stack)，实现\(subject)"
        case .theFeaturesOperations: "功能的各项操作"
        case .theFeaturesStoredData: "功能存储的数据"
        case .provisionedDatabase(let databases): "\(databases)，运行在基础设施上：由本功能创建和配置，无自有表结构"
        case .connectedDatabase(let databases, let cache):
            "\(databases)，通过库的数据库访问连接：无自有表结构\(cache.map { "；\($0) 用于缓存" } ?? "")"
        case .database(let databases, let what, let cache): "\(databases)，存储\(what)\(cache.map { "；\($0) 用于缓存" } ?? "")"
        case .noNewStorage(let databases): "无新增存储：本功能不保存自有数据（项目使用 \(databases)）"
        case .storesNothing: "无：本功能不存储数据"
        case .noneNamed: "项目技术栈中未指定"
        case .noDatabaseOfItsOwn(let kind): "无（\(chinese.kind(kind))，没有自己的数据库）"
        case .storageNotChosen(let what): "未选定：本功能需存储\(what)，但没有来源说明项目的存储方案；需在第 1 阶段前决定"
        case .noInterface(let kind): kind.map { "无（\(chinese.kind($0))）" } ?? "项目技术栈中未指定"
        case .interfaceUnchanged(let toolkit): "无变更：本功能没有自己的用户界面\(toolkit.map { "（\($0)）" } ?? "")"
        case .theProjectsInterface: "项目的用户界面"
        case .views(let toolkit, let noun, let flows):
            "\(toolkit) \(noun == .scenes ? "场景" : "界面")\(flows.map { "，用于：\($0)" } ?? "，用于功能的用户流程")"
        case .noServices: "规格范围内未提及"
        }
    }

    private static func chinesePurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "命令、参数和帮助"
        case .pluggedFramework: "库所接入的框架"
        case .hardwareLibrary(let name): "\(name) 硬件库"
        case .driver(let name): "\(name) 驱动"
        case .infrastructure: "基础设施即代码和部署"
        case .engine: "引擎的渲染、输入或脚本"
        case .dataProcessing: "数据处理"
        case .apiFramework: "API 框架"
        case .serverFramework: "服务端框架"
        case .pagesAndServer: "页面和服务端代码"
        case .userInterface: "用户界面"
        case .screens: "界面"
        case .dataAccess: "数据访问和迁移"
        case .client(let name): "\(name) 客户端"
        case .cacheClient(let name): "\(name) 缓存客户端"
        case .serviceClient(let name): "\(name) API 客户端"
        case .webCalls(let services): "调用 \(chinese.list(services)) API"
        case .authentication, .roleGuards: "身份验证和角色校验"
        case .tests(let purpose):
            switch purpose {
            case .unit: "单元测试和集成测试"
            case .endToEnd: "用户流程的端到端测试"
            case .component: "组件测试"
            case .assertions: "测试断言"
            case .doubles: "测试替身"
            case .properties: "基于属性的测试"
            case .snapshots: "输出的快照测试"
            case .benchmarks: "针对量化目标的基准测试"
            case .device: "设备或模拟器上的测试"
            }
        }
    }
}
