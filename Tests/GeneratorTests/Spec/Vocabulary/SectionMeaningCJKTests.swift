import Testing

@testable import Generator

/// Headings of my own in Chinese (Simplified and Traditional), Japanese and Korean, matched as
/// substrings since those scripts put no spaces between words.
@Suite struct SectionMeaningCJKTests {
    static let simplifiedChinese: [(String, SectionMeaning)] = [
        ("功能规格：批量导出", .title), ("概述", .overview), ("背景", .overview), ("用户场景与测试（必填）", .userScenarios),
        ("用户故事", .userScenarios), ("用户故事 2 - 导出报表（优先级：P2）", .userStory), ("主要用户故事", .primaryStory),
        ("验收场景", .acceptance), ("验收标准", .acceptance), ("需求（必填）", .requirements(.general)),
        ("功能需求", .requirements(.functional)),
        ("非功能需求", .requirements(.nonFunctional)), ("安全性", .requirements(.security)),
        ("性能", .requirements(.performance)),
        ("关键实体", .entities), ("数据模型", .entities), ("成功标准（必填）", .successCriteria), ("可衡量的结果", .successCriteria),
        ("边界情况", .edgeCases), ("假设", .assumptions), ("依赖", .dependencies), ("范围外", .outOfScope), ("风险", .risks),
        ("时间线", .timeline), ("里程碑", .timeline), ("实施计划", .phases), ("第二阶段", .phase), ("阶段 3：上线", .phase),
        ("架构", .components), ("澄清", .clarifications), ("开放问题", .openQuestions), ("技术栈", .techStack),
        ("约束", .constraints),
        ("术语表", .glossary), ("独立测试", .independentTest), ("执行流程（主要）", .templateGuidance), ("审查与验收清单", .templateGuidance),
        ("内容质量", .templateGuidance), ("需求完整性", .templateGuidance),
    ]

    static let traditionalChinese: [(String, SectionMeaning)] = [
        ("功能規格：資料同步", .title), ("概述", .overview), ("使用者情境與測試（必填）", .userScenarios), ("主要使用者故事", .primaryStory),
        ("使用者故事 1 - 匯出資料（優先級：P1）", .userStory),
        ("驗收情境", .acceptance), ("需求", .requirements(.general)), ("功能需求", .requirements(.functional)),
        ("非功能需求", .requirements(.nonFunctional)), ("效能", .requirements(.performance)), ("關鍵實體", .entities),
        ("成功標準", .successCriteria), ("可衡量的成果", .successCriteria), ("邊界情況", .edgeCases), ("假設", .assumptions),
        ("依賴關係", .dependencies), ("範圍外", .outOfScope), ("風險", .risks), ("時程", .timeline), ("架構", .components),
        ("釐清", .clarifications), ("開放問題", .openQuestions), ("技術堆疊", .techStack), ("術語表", .glossary),
        ("實施計畫", .phases), ("第二階段", .phase), ("約束條件", .constraints), ("測試策略", .testing), ("獨立測試", .independentTest),
        ("為何此優先級", .priorityRationale), ("為什麼是這個優先順序", .priorityRationale),
        ("使用者故事 2 - 訂閱（優先順序：P2）", .userStory), ("執行流程（主要）", .templateGuidance), ("內容品質", .templateGuidance),
    ]

    static let japanese: [(String, SectionMeaning)] = [
        ("機能仕様書：スコア共有", .title), ("概要", .overview), ("ユーザーシナリオとテスト（必須）", .userScenarios),
        ("ユーザーストーリー", .userScenarios), ("ユーザーストーリー3 - 履歴を見る（優先度：P3）", .userStory),
        ("主要ユーザーストーリー", .primaryStory), ("受け入れシナリオ", .acceptance), ("受け入れ基準", .acceptance),
        ("要件（必須）", .requirements(.general)), ("機能要件", .requirements(.functional)),
        ("非機能要件", .requirements(.nonFunctional)),
        ("セキュリティ", .requirements(.security)), ("パフォーマンス", .requirements(.performance)), ("主要エンティティ", .entities),
        ("成功基準（必須）", .successCriteria), ("測定可能な成果", .successCriteria), ("エッジケース", .edgeCases), ("前提条件", .assumptions),
        ("依存関係", .dependencies), ("スコープ外", .outOfScope), ("リスク", .risks), ("スケジュール", .timeline), ("実装計画", .phases),
        ("フェーズ2：共有機能", .phase), ("アーキテクチャ", .components), ("明確化", .clarifications), ("未解決の質問", .openQuestions),
        ("技術スタック", .techStack), ("制約", .constraints), ("用語集", .glossary), ("この優先度の理由", .priorityRationale),
        ("独立テスト", .independentTest), ("実行フロー（メイン）", .templateGuidance), ("レビューと受け入れチェックリスト", .templateGuidance),
        ("要件の完全性", .templateGuidance),
    ]

    static let korean: [(String, SectionMeaning)] = [
        ("기능 명세서: 예약 관리", .title), ("개요", .overview), ("사용자 시나리오 및 테스트 (필수)", .userScenarios),
        ("사용자 스토리 2 - 예약 취소 (우선순위: P2)", .userStory), ("주요 사용자 스토리", .primaryStory), ("인수 시나리오", .acceptance),
        ("요구사항 (필수)", .requirements(.general)), ("기능 요구사항", .requirements(.functional)),
        ("비기능 요구사항", .requirements(.nonFunctional)), ("보안", .requirements(.security)),
        ("성능", .requirements(.performance)),
        ("핵심 엔티티", .entities), ("성공 기준", .successCriteria), ("측정 가능한 결과", .successCriteria), ("엣지 케이스", .edgeCases),
        ("가정", .assumptions), ("의존성", .dependencies), ("범위 외", .outOfScope), ("위험", .risks), ("일정", .timeline),
        ("구현 계획", .phases), ("1단계: 기반", .phase), ("아키텍처", .components), ("명확화", .clarifications),
        ("미해결 질문", .openQuestions), ("기술 스택", .techStack), ("제약 조건", .constraints), ("용어집", .glossary),
        ("독립 테스트", .independentTest), ("우선순위 근거", .priorityRationale), ("실행 흐름 (메인)", .templateGuidance),
        ("콘텐츠 품질", .templateGuidance),
    ]

    @Test(arguments: simplifiedChinese) func simplifiedChineseHeadings(title: String, meaning: SectionMeaning) {
        check(title, meaning)
    }
    @Test(arguments: traditionalChinese) func traditionalChineseHeadings(title: String, meaning: SectionMeaning) {
        check(title, meaning)
    }
    @Test(arguments: japanese) func japaneseHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }
    @Test(arguments: korean) func koreanHeadings(title: String, meaning: SectionMeaning) { check(title, meaning) }

    private func check(_ title: String, _ meaning: SectionMeaning) {
        #expect(SectionClassifier.standard.meaning(of: title) == meaning, "\(title)")
    }
}
