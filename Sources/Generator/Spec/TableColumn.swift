/// What a column of a spec's table holds, told by its header in any language of the
/// vocabulary: `| ID | Requirement | Priority |`, `| ID | 要件 | 優先度 |`, `| Dado | Cuando |
/// Entonces |`, `| Risk | Impact | Mitigation |`. Tables are read row by row through these roles.
enum TableColumn: Hashable, Sendable {
    case id
    /// The item's text: requirement, description, criterion, scenario, behaviour.
    case text
    /// A short name or title (entity, component, phase, risk when a text column follows).
    case name
    case priority
    /// The story a row belongs to.
    case story
    case given, when, then
    case risk
    case mitigation
    /// Impact, likelihood, severity: said of a risk, not the risk.
    case impact
    case phase
    /// Duration, effort, days, estimate.
    case duration
    /// Status, state, notes: bookkeeping, not the item.
    case status
    /// Metric, target, threshold, measure: a criterion's figure.
    case target

    /// Header words by role, in every language of the vocabulary; compared folded (case and
    /// accents), whole words for Latin scripts.
    static let headerWords: [(TableColumn, [String])] = [
        (
            .id,
            [
                "id", "#", "no", "no.", "nº", "n°", "nr", "nr.", "ref", "编号", "編號", "番号", "번호", "código", "codigo",
                "code",
            ]
        ),
        (
            .given,
            [
                "given", "dado", "dada", "étant donné", "gegeben", "angenommen", "前提", "假设", "給定", "给定", "조건",
                "initial state",
                "precondition", "pré-condition", "precondición", "pré-condição", "vorbedingung", "前提条件",
            ]
        ),
        (
            .when,
            [
                "when", "cuando", "quando", "quand", "lorsque", "wenn", "当", "當", "もし", "操作", "만약", "action", "acción",
                "ação",
                "aktion",
            ]
        ),
        (
            .then,
            [
                "then", "entonces", "então", "alors", "dann", "那么", "那麼", "ならば", "結果", "그러면", "expected",
                "expected result",
                "expected outcome", "expected behavior", "expected behaviour", "resultado esperado", "résultat attendu",
                "erwartetes ergebnis", "预期结果", "預期結果", "期待される結果", "期待結果", "예상 결과",
            ]
        ),
        (
            .priority,
            [
                "priority", "prio", "prioridad", "prioridade", "priorité", "priorität", "优先级", "優先級", "優先度", "優先順位",
                "우선순위", "importance", "moscow",
            ]
        ),
        (
            .story,
            [
                "story", "user story", "stories", "historia", "história", "histoire", "récit", "故事", "用户故事", "使用者故事",
                "ストーリー", "스토리",
            ]
        ),
        (.risk, ["risk", "risks", "riesgo", "risco", "risque", "risiko", "风险", "風險", "リスク", "위험"]),
        (
            .mitigation,
            [
                "mitigation", "mitigations", "mitigación", "mitigação", "atténuation", "gegenmaßnahme", "maßnahme",
                "缓解", "緩解", "应对", "應對", "対策", "軽減策", "완화", "대응",
            ]
        ),
        (
            .impact,
            [
                "impact", "likelihood", "probability", "severity", "impacto", "probabilidad", "probabilidade",
                "gravedad",
                "probabilité", "gravité", "auswirkung", "wahrscheinlichkeit", "影响", "影響", "概率", "可能性", "深刻度", "영향",
                "확률",
            ]
        ),
        (
            .phase,
            [
                "phase", "milestone", "stage", "sprint", "fase", "etapa", "hito", "étape", "jalon", "meilenstein", "阶段",
                "階段",
                "フェーズ", "段階", "단계",
            ]
        ),
        (
            .duration,
            [
                "duration", "effort", "days", "estimate", "time", "timeline", "duración", "esfuerzo", "días", "duração",
                "esforço", "dias", "durée", "jours", "dauer", "aufwand", "tage", "工期", "时长", "時長", "天数", "期間", "工数",
                "日数",
                "기간", "일정", "공수",
            ]
        ),
        (
            .status,
            [
                "status", "state", "notes", "note", "estado", "situação", "statut", "état", "remarques", "zustand",
                "bemerkung",
                "状态", "狀態", "状態", "備考", "备注", "備註", "상태", "비고", "implementation status", "gap",
            ]
        ),
        (
            .target,
            [
                "metric", "target", "threshold", "measure", "goal", "métrica", "objetivo", "meta", "umbral", "limiar",
                "cible",
                "seuil", "mesure", "ziel", "zielwert", "schwellenwert", "指标", "指標", "目标", "目標", "阈值", "閾値", "目標値",
                "지표", "목표",
            ]
        ),
        (
            .name,
            [
                "name", "entity", "component", "interface", "service", "module", "endpoint", "command", "title",
                "feature", "element",
                "nombre", "entidad", "componente", "servicio", "nome", "entidade", "serviço", "nom", "entité",
                "composant", "titre",
                "entität", "komponente", "dienst", "titel", "名称", "名稱", "实体", "實體", "组件", "元件", "組件", "服务", "服務", "接口",
                "名前", "エンティティ", "コンポーネント", "サービス", "画面", "場所", "이름", "엔티티", "컴포넌트", "서비스",
            ]
        ),
        (
            .text,
            [
                "requirement", "requirements", "description", "text", "criterion", "criteria", "outcome", "scenario",
                "behavior",
                "behaviour", "detail", "details", "purpose", "responsibility", "summary", "statement", "content",
                "definition",
                "requisito", "descripción", "criterio", "escenario", "propósito", "descrição", "critério", "cenário",
                "exigence",
                "critère", "scénario", "objectif", "anforderung", "beschreibung", "kriterium", "szenario", "zweck",
                "需求", "要求", "描述", "说明", "說明", "标准", "標準", "场景", "場景", "内容", "要件", "説明", "基準", "シナリオ",
                "目的", "요구사항", "설명", "기준", "시나리오", "내용", "목적", "assumption", "dependency", "edge case", "question",
            ]
        ),
    ]

    private static let table = ScalarPhraseTable(headerWords.flatMap { role, words in words.map { ($0, role) } })

    /// The role of a header cell, the longest phrase it holds deciding ("Expected Result" is
    /// `then`, "Requirement ID" is `id`); nil for a header the table does not know.
    static func role(ofHeader cell: String) -> TableColumn? {
        let folded = FoldedScalars.folded(QuotedText.of(cell))
        if folded == "id" || folded.hasSuffix(" id") || folded.hasSuffix("-id") { return .id }
        var best: (role: TableColumn, length: Int)?
        table.forEachMatch(in: FoldedScalars(folded)) { phrase, _ in
            if phrase.length > (best?.length ?? 0) { best = (phrase.value, phrase.length) }
        }
        return best?.role
    }

    /// The roles of a table's header cells, in order.
    static func roles(_ header: [String]) -> [TableColumn?] { header.map(role(ofHeader:)) }
}
