extension ReviewPhrases {
    /// Simplified Chinese.
    static let chinese = ReviewPhrases(
        phase: { "第 \($0.number) 阶段“\($0.name)”" }, risk: chineseRisk,
        criterion: { text in
            switch text {
            case .gate(let rule): "章程门禁：\(rule)"
            case .principle(let name): "遵循章程原则：\(name)（不可妥协）"
            case .outcome(let label, let sentence): "\(label)：\(sentence)"
            case .defaultGate: "每项功能需求都有通过的自动化测试"
            case .scenariosPass(let label, let count): "\(label)：\(count == 1 ? "验收场景通过" : "\(count) 个验收场景全部通过")"
            case .groupMet(let group, let cited, let count): "\(group)\(cited)：\(count) 项需求均已满足，且各有通过的测试"
            case .allMet(let count, let cited): "全部 \(count) 项需求\(cited)均已满足，且各有通过的测试"
            }
        },
        component: { text in
            switch text {
            case .noneNamed: "未列出"
            case .noneNamedPurpose: "spec.md 未列出关键实体、服务或接口；各阶段按其用户故事和需求安排"
            case .namedBySpec: "规格中列出"
            case .keyEntity: "规格中的关键实体"
            }
        },
        note: chineseNote,
        provenance: ProvenanceWords(
            aspect: { aspect in
                switch aspect {
                case .language: "语言"
                case .runtime: "运行时"
                case .backend: "后端"
                case .frontend: "前端"
                case .mobile: "移动端"
                case .desktop: "桌面端"
                case .embedded: "嵌入式"
                case .storage: "存储"
                case .cache: "缓存"
                case .queue: "队列"
                case .libraries: "库"
                case .tests: "测试"
                case .build: "构建"
                case .ciCd: "CI/CD"
                case .hosting: "托管"
                case .infrastructure: "基础设施"
                case .services: "服务"
                case .platforms: "平台"
                case .kind: "类型"
                }
            },
            source: { source in
                switch source {
                case .config: "配置"
                case .constitution: "章程"
                case .spec: "规格"
                case .specKitPlan(let path): "\(ProfileSource.featureFolder(path)) 的计划"
                case .assumedDefault: "假定默认"
                default: source.description
                }
            },
            kind: { PlanPhrases.chinese.kind($0) }, none: { "无（\($0)）" }, more: { "，另有 \($0) 项" },
            per: { "\($0)（版本依据 \($1)）" }, also: { "；也是\($0.joined(separator: "、"))" }, separator: "；", comma: "、",
            colon: "：", cited: { "（\($0)）" }, lowerCaseAfterFirst: false))

    private static func label(_ phase: PhaseLocator.Located) -> String { chinese.phase(phase) }
    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : "（\(ids.joined(separator: "、"))）" }
    private static func list(_ items: [String]) -> String { PlanPhrases.chinese.list(items) }

    /// Ends with a full stop unless the quoted text already ends a sentence.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !"。.!！?？".contains(last) else { return text }
        return text + "。"
    }

    private static func chineseRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks: "规格中除常规交付外未发现重大风险：没有待定问题、难以达成的指标、迁移、外部服务、个人数据或密钥。"
        case .oneRisk: "规格中除下面这一项外未发现重大风险。"
        case .question(let question): "待定问题：\(question)"
        case .answer(let phase):
            "在 spec.md 中给出答案（\(phase.map { "须在\(label($0))之前决定" } ?? "须在开始实现前决定")），例如使用 /speckit.clarify；本计划随答案更新。"
        case .unmitigated: "规格列出了该风险但未给出应对措施：在它影响的阶段开始前确定一项。"
        case .dataMigration(let quoted, let also): "数据迁移：" + quoted + (also.isEmpty ? "" : "（另见 \(list(also))）")
        case .migrationPlan(let foundation, let phase):
            "\(foundation.map { "在\(label($0))中" } ?? "在各功能阶段之前")编写迁移，确保它能在真实数据的副本上前进和回滚，并做好备份和试运行，然后\(phase.map(label) ?? "功能")才依赖新结构；迁移须幂等，失败后可以重跑。"
        case .replacement(let quoted, let also): "替换现有部分：" + quoted + (also.isEmpty ? "" : "（另见 \(list(also))）")
        case .keepOldPath(let phase, let documentation):
            "在\(phase.map(label) ?? "功能")完成前，让旧路径与新路径并存，并用测试确认调用方仍然正常；在弃用说明中告诉用户有哪些变化\(documentation.map { "，并写入\(label($0))（变更日志、升级说明）" } ?? "")。"
        case .personalData(let kinds, let ids): "个人数据：\(list(kinds.map(chineseKind)))" + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            chinesePersonalCare(place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "缺少角色或权限检查导致未授权访问"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            sentence(
                "在服务端对每个读取或修改数据的操作检查角色\(foundation.map { "，统一在\(label($0))中实现" } ?? "")，并为每个角色编写授权测试"
                    + (testing.map { "（\(label($0))）" } ?? "") + cited(ids) + (rule.map { "；章程：\($0)" } ?? ""))
        case .deviceSecrets(let ids): "设备上存储的令牌和密钥" + cited(ids)
        case .keystore(let testing):
            "存放在平台的密钥库中（Android Keystore、iOS Keychain），不放在偏好设置、文件或日志里，登出时清除\(noOutput(testing))。"
        case .leakingSecrets(let commandLine, let ids):
            "令牌和密钥经由\(commandLine ? "配置文件、shell 历史" : "配置文件")和日志泄露" + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            "从\(phase.map(label) ?? "一开始")起就从环境变量或系统钥匙串读取，绝不从随项目提交的文件读取；在日志、错误信息和详细输出中隐去\(noOutput(testing))。"
        case .radio(let ids): "物理接触与无线或更新链路：在信号范围内或持有设备的任何人都能发送命令" + cited(ids)
        case .pairing(let phase):
            "在\(phase.map(label) ?? "第一个阶段")中用 ID 或密钥配对发送端和接收端，忽略其他来源的帧；发布版本锁定引导程序和熔丝位，只接受签名的固件更新。"
        case .service(let name, let role):
            switch role {
            case .ciCd: "\(name)：服务中断、配额及其保存的密钥"
            case .hosting: "\(name)：配额、凭据和费用"
            case .service: "\(name)：服务中断、速率限制、凭据和费用"
            }
        case .serviceCare(let name, let role, let foundation, let user):
            chineseServiceCare(name, role, foundation: foundation.map { "（\(label($0))）" } ?? "", user: user)
        case .services(let names): "外部服务（\(list(names))）：服务中断、速率限制、凭据和费用"
        case .servicesCare(let called, let foundation):
            called
                ? "把每个服务封装在带超时、重试和测试替身的适配器之后\(foundation.map { "（\(label($0))）" } ?? "")；所有凭据放在环境变量或密钥库中，确认每个服务的速率限制和价格，并确定某个服务不可用时功能如何处理。"
                : "每个令牌只授予最小权限，并存放在 CI 的密钥库中\(foundation.map { "（\(label($0))）" } ?? "")；固定版本，关注各服务商的速率限制、配额和账单；因服务商一方出错而失败的运行应重试，不要当作代码错误。"
        case .hardTarget(let id, let text): "难以达成的指标" + (id.map { " \($0)" } ?? "") + "：" + text
        case .targetCare(let check, let figures, let place, let testing):
            chineseTargetCare(check, all: list(figures), place: place, testing: testing)
        case .otherTargets(let others): "其他难以达成的指标（\(list(others))）按同样方式测量。"
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { "；\(label($0))检查所有输出中都没有密钥" } ?? ""
    }

    private static func chineseKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "姓名"
        case .emails: "电子邮件"
        case .phoneNumbers: "电话号码"
        case .birthDates: "出生日期"
        case .health: "健康数据"
        case .location: "位置"
        case .payments: "支付信息"
        }
    }

    private static func chinesePersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { "，从\(label($0))起" } ?? ""
        let kept =
            switch place {
            case .device: "只保存规格需要的字段\(from)在设备上加密，不写入日志、崩溃报告和备份"
            case .local: "只保存规格需要的字段\(from)不写入日志、缓存和 --verbose 输出"
            case .server:
                "只存储规格需要的字段\(from)在传输和存储时加密，不写入日志和分析数据，并在\(phase.map(label) ?? "收集这些数据的阶段")中提供导出和删除功能（GDPR）"
            }
        return kept + (payments ? "；卡号交给支付服务商处理，绝不自行存储" : "")
            + (testing.map { "；\(label($0))检查日志和错误报告中没有个人数据" } ?? "") + "。"
    }

    private static func chineseServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map(label) ?? "功能"
        return switch role {
        case .ciCd:
            "在\(user)依赖它之前：把它使用的密钥放在密钥库中，只授予需要它们的部分；固定版本；因 \(name) 一方出错而失败的运行应重试，不要当作代码错误。"
        case .hosting:
            "\(name) 的令牌只授予最小权限，并存放在 CI 的密钥库中\(foundation)；为创建的资源打标签，不再需要时销毁；在\(user)批量创建资源之前关注配额和账单。"
        case .service:
            "把 \(name) 封装在适配器之后，带超时、退避重试和测试替身\(foundation)；凭据放在环境变量或密钥库中；在\(user)调用它之前确认其速率限制和价格，并确定它不可用时功能如何处理。"
        }
    }

    private static func chineseTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): "在\(label(phase))中"
            case .building(let phase): "在实现它的\(label(phase))中"
            case .firstFeature: "从第一个功能阶段起"
            }
        let again = testing.map { "；\(label($0))再做端到端检查" } ?? ""
        return switch check {
        case .background(let device):
            "\(device ?? "手机系统")决定后台任务何时运行：\(place)在真机上验证 \(all)，再让其他部分依赖它，并在数据过期时提示用户\(again)。"
        case .memory(let board):
            "\(place)读取每次构建在 \(board ?? "目标板") 上的内存和闪存占用（链接器的大小报告），超过 \(all) 即构建失败\(again)。"
        case .ratio(let ratios): "\(place)确定 \(list(ratios)) 的衡量方式（监控、错误预算），低于目标时告警\(again)。"
        case .boardTiming(let board):
            "\(place)在 \(board ?? "目标板") 上实测 \(all)（在代码路径前后翻转引脚并用逻辑分析仪读取，或用串口日志的时间戳）\(again)。"
        case .benchmark(let reference):
            "\(place)用基准测试测量 \(all)，运行在\(chineseReference(reference))上，性能回退时让 CI 失败\(again)。"
        }
    }

    private static func chineseReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): "低端\(device.map { " \($0) " } ?? "设备")"
        case .board(let board): board.map { " \($0) " } ?? "目标板"
        case .slowestBrowser: "支持的最慢浏览器和生产规模的数据"
        case .minimumHardware: "最低配置的硬件"
        case .productionData: "生产规模的数据"
        case .ciRunner: " CI 运行器"
        case .slowestMachine: "支持的最慢机器"
        }
    }

    private static func chineseNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            "遵循 \(citation)" + (names.isEmpty ? "。" : "；依据的原则：\(names.joined(separator: "、"))。")
        case .constitutionPlaceholders(let names): "章程中仍有模板占位符：\(names.joined(separator: "、"))。"
        case .noConstitution:
            "未找到章程（.specify/memory/constitution.md 或 memory/constitution.md，或仍是未填写的模板）：测试和文档遵循 plansync 的默认规则。"
        case .stackAssumed:
            "技术栈是假定的，并非从项目读取：NestJS、Next.js、PostgreSQL 和 Redis（计划提示词的默认值），因为 `.plansync.json`、配置中的 `stack`、章程、规格、Spec Kit 计划和清单文件都没有指明；请在第 1 阶段之前确认，或在项目根目录的 `.plansync.json` 中用 `stack` 写明实际技术栈。"
        case .stack(let provenance): "技术栈：" + sentence(provenance)
        case .sourcesDisagree(let conflict): "各来源说法不一（\(conflict)）；如果选错，请在 `.plansync.json` 中用 `stack` 更正。"
        case .unreadable(let path, let reason): "无法完整读取 \(path)：\(sentence(reason))本计划依据其他来源编写。"
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            "从 spec.md 读取：\(stories) 个用户故事、\(requirements) 项需求、\(criteria) 项成功标准、\(edgeCases) 个边界情况和 \(questions) 个待定问题。"
        case .openClarifications(let questions): "待澄清问题（\(questions.count)）：" + questions.joined(separator: " ")
        case .answered(let count): "规格中已解答的澄清问题：\(count)。"
        case .status(let status): "规格的状态是“\(status)”：请对照已交付的内容检查本计划。"
        case .emptySpec:
            "spec.md 为空或没有可识别的章节：请添加 **Input** 描述、带优先级的用户故事、功能需求（FR-001 …）和成功标准（SC-001 …）。"
        case .noTitle: "spec.md 没有 `# Feature Specification:` 标题：标题取自文件夹名。"
        case .noStories: "规格中没有用户故事：功能阶段按其需求安排。"
        case .noRequirements: "未找到功能需求：阶段任务只来自用户故事。"
        case .noIDs: "需求没有编号（FR-001 …）：本计划按原文引用。"
        case .someWithoutIDs(let count, let total): "\(total) 项需求中有 \(count) 项没有编号（FR-001 …）。"
        case .noCriteria(let requirements, let stories):
            "规格中没有成功标准（SC-001 …）："
                + (!requirements && !stories
                    ? "本计划采用章程的门禁或 plansync 的默认标准。"
                    : "本计划的标准依据其\(list([requirements ? "需求" : nil, stories ? "用户故事" : nil].compactMap { $0 }))制定。")
        case .noEntities: "没有关键实体（Key Entities）：数据模型尚待定义。"
        case .estimates(let e, let small):
            "估算：功能阶段中每项需求 \(dayCount(e.daysPerRequirement)) 天、每个验收场景 \(dayCount(e.daysPerScenario)) 天；基础阶段 \(small ? "\(dayCount(e.minimumPhaseDays)) 天（对现有代码的小改动）" : "\(dayCount(e.foundationDays)) 天")，每个外部服务另加 \(dayCount(e.daysPerService)) 天；测试为功能阶段的 \(Int(e.testingShare * 100))%，每个边界情况另加 \(dayCount(e.daysPerEdgeCase)) 天\(small ? "，至少 \(dayCount(e.minimumPhaseDays)) 天" : "")；每个阶段的天数向上取整（config.json `estimates`）。"
        case .ownPlan(let phases, let days, let total):
            "阶段沿用规格自己的计划（\(phases) 个编号阶段）"
                + (days.map {
                    $0 == total
                        ? "；其 \($0) 天的时间线即为估算，含测试和文档阶段" : "；其时间线为 \($0) 天，加上每份计划都有的测试和文档阶段共 \(total) 天"
                } ?? "") + "。"
        case .placeholders(let lines, let shown, let more):
            "spec.md 中有 \(lines) 行仍含 Spec Kit 占位符，未纳入本计划：\(shown.joined(separator: "、"))\(more ? "……" : "")。"
        case .unreadParts(let parts, let more):
            "本计划未读取的 spec.md 章节（标题无法识别）：\(parts.map { "“\($0)”" }.joined(separator: "、"))\(more ? "……" : "")。"
        }
    }

    /// `0.5`, `2`.
    static func dayCount(_ value: Double) -> String {
        value == Double(Int(value)) ? "\(Int(value))" : "\(value)"
    }
}
