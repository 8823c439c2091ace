extension ReviewPhrases {
    /// Japanese, in the plain style of a task list.
    static let japanese = ReviewPhrases(
        phase: { "フェーズ \($0.number)「\($0.name)」" }, risk: japaneseRisk,
        criterion: { text in
            switch text {
            case .gate(let rule): "憲章のゲート：\(rule)"
            case .principle(let name): "憲章の原則を守る：\(name)（譲れない原則）"
            case .outcome(let label, let sentence): "\(label)：\(sentence)"
            case .defaultGate: "すべての機能要件に、成功する自動テストがある"
            case .scenariosPass(let label, let count):
                "\(label)：\(count == 1 ? "受け入れシナリオが通る" : "\(count) 件の受け入れシナリオがすべて通る")"
            case .groupMet(let group, let cited, let count): "\(group)\(cited)：\(count) 件の要件をすべて満たし、それぞれのテストが通る"
            case .allMet(let count, let cited): "全 \(count) 件の要件\(cited)を満たし、それぞれのテストが通る"
            }
        },
        component: { text in
            switch text {
            case .noneNamed: "記載なし"
            case .noneNamedPurpose: "spec.md に主要エンティティ、サービス、インターフェースの記載がない。各フェーズはユーザーストーリーと要件に沿う"
            case .namedBySpec: "仕様に記載"
            case .keyEntity: "仕様の主要エンティティ"
            }
        },
        note: japaneseNote,
        provenance: ProvenanceWords(
            aspect: { aspect in
                switch aspect {
                case .language: "言語"
                case .runtime: "ランタイム"
                case .backend: "バックエンド"
                case .frontend: "フロントエンド"
                case .mobile: "モバイル"
                case .desktop: "デスクトップ"
                case .embedded: "組み込み"
                case .storage: "ストレージ"
                case .cache: "キャッシュ"
                case .queue: "キュー"
                case .libraries: "ライブラリ"
                case .tests: "テスト"
                case .build: "ビルド"
                case .ciCd: "CI/CD"
                case .hosting: "ホスティング"
                case .infrastructure: "インフラ"
                case .services: "サービス"
                case .platforms: "プラットフォーム"
                case .kind: "種類"
                }
            },
            source: { source in
                switch source {
                case .config: "設定"
                case .constitution: "憲章"
                case .spec: "仕様"
                case .specKitPlan(let path): "\(ProfileSource.featureFolder(path)) の計画"
                case .assumedDefault: "既定の想定"
                default: source.description
                }
            },
            kind: { PlanPhrases.japanese.kind($0) }, none: { "なし（\($0)）" }, more: { "、ほか \($0) 件" },
            per: { "\($0)（バージョンは \($1) による）" }, also: { "。\($0.joined(separator: "、"))の面もある" }, separator: "。",
            comma: "、", colon: "：", cited: { "（\($0)）" }, lowerCaseAfterFirst: false))

    private static func label(_ phase: PhaseLocator.Located) -> String { japanese.phase(phase) }
    private static func cited(_ ids: [String]) -> String { ids.isEmpty ? "" : "（\(ids.joined(separator: "、"))）" }
    private static func list(_ items: [String]) -> String { PlanPhrases.japanese.list(items) }

    /// Ends with a full stop unless the quoted text already ends a sentence.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !"。.!！?？".contains(last) else { return text }
        return text + "。"
    }

    private static func japaneseRisk(_ text: RiskText) -> String {
        switch text {
        case .noRisks: "通常の開発を超える重大なリスクは仕様に見当たらない。未決事項、厳しい目標値、移行、外部サービス、個人データ、秘密情報のいずれもない。"
        case .oneRisk: "下記の 1 件のほかに重大なリスクは仕様に見当たらない。"
        case .question(let question): "未決事項：\(question)"
        case .answer(let phase):
            "spec.md で回答する（\(phase.map { "\(label($0))の前に決める" } ?? "実装を始める前に決める")）。/speckit.clarify などを使う。この計画は回答に合わせて更新される。"
        case .unmitigated: "仕様はこのリスクを挙げているが対策がない。影響するフェーズの前に対策を決める。"
        case .dataMigration(let quoted, let also): "データ移行：" + quoted + (also.isEmpty ? "" : "（ほかに \(list(also))）")
        case .migrationPlan(let foundation, let phase):
            "\(foundation.map { "\(label($0))で" } ?? "機能の各フェーズより前に")移行を書き、実データのコピーで適用と巻き戻しができることを、バックアップとドライランで確かめてから\(phase.map(label) ?? "機能")が新しい構造に依存する。失敗しても再実行できるよう冪等にする。"
        case .replacement(let quoted, let also): "既存部分の置き換え：" + quoted + (also.isEmpty ? "" : "（ほかに \(list(also))）")
        case .keepOldPath(let phase, let documentation):
            "\(phase.map(label) ?? "機能")が完了するまで旧経路を新経路と並行して動かし、呼び出し側が通ることをテストで確かめる。ユーザーへの変更点は非推奨の告知で伝える\(documentation.map { "（\(label($0))の変更履歴とアップグレード手順にも書く）" } ?? "")。"
        case .personalData(let kinds, let ids): "個人データ：\(list(kinds.map(japaneseKind)))" + cited(ids)
        case .personalCare(let place, let foundation, let phase, let payments, let testing):
            japanesePersonalCare(place, foundation: foundation, phase: phase, payments: payments, testing: testing)
        case .unauthorizedAccess: "ロールや権限のチェック漏れによる不正アクセス"
        case .checkRoles(let foundation, let testing, let ids, let rule):
            sentence(
                "データを読み書きするすべての操作でサーバー側がロールを確認する\(foundation.map { "（\(label($0))で 1 か所にまとめる）" } ?? "")。各ロールを認可テストで確かめる"
                    + (testing.map { "（\(label($0))）" } ?? "") + cited(ids) + (rule.map { "。憲章：\($0)" } ?? ""))
        case .deviceSecrets(let ids): "端末に保存するトークンと秘密情報" + cited(ids)
        case .keystore(let testing):
            "プラットフォームのキーストア（Android Keystore、iOS Keychain）に保存し、設定、ファイル、ログには置かない。サインアウト時に消去する\(noOutput(testing))。"
        case .leakingSecrets(let commandLine, let ids):
            "\(commandLine ? "設定ファイル、シェル履歴" : "設定ファイル")やログからのトークンと秘密情報の漏えい" + cited(ids)
        case .secretsFromEnvironment(let phase, let testing):
            "\(phase.map(label) ?? "最初")から環境変数または OS のキーチェーンで読み込み、プロジェクトとともにコミットされるファイルからは読まない。ログ、エラー、詳細出力では伏せる\(noOutput(testing))。"
        case .radio(let ids): "物理的なアクセスと無線・更新経路：電波の届く範囲にいる人や端末を持つ人は誰でもコマンドを送れる" + cited(ids)
        case .pairing(let phase):
            "\(phase.map(label) ?? "最初のフェーズ")で送信側と受信側を ID か鍵でペアリングし、ほかからのフレームは無視する。リリースビルドではブートローダーとヒューズをロックし、署名付きのファームウェア更新だけを受け付ける。"
        case .service(let name, let role):
            switch role {
            case .ciCd: "\(name)：障害、クォータ、保持する秘密情報"
            case .hosting: "\(name)：クォータ、認証情報、費用"
            case .service: "\(name)：障害、レート制限、認証情報、費用"
            }
        case .serviceCare(let name, let role, let foundation, let user):
            japaneseServiceCare(name, role, foundation: foundation.map { "（\(label($0))）" } ?? "", user: user)
        case .services(let names): "外部サービス（\(list(names))）：障害、レート制限、認証情報、費用"
        case .servicesCare(let called, let foundation):
            called
                ? "各サービスをタイムアウト、リトライ、テスト用フェイク付きのアダプターの裏に置く\(foundation.map { "（\(label($0))）" } ?? "")。認証情報はすべて環境変数かシークレットストアに置き、各サービスのレート制限と料金を確かめ、どれかが止まったときの機能の振る舞いを決める。"
                : "各トークンの権限を最小にし、CI のシークレットストアに置く\(foundation.map { "（\(label($0))）" } ?? "")。バージョンを固定し、各プロバイダーのレート制限、クォータ、請求額を見張る。プロバイダー側で失敗した実行はコードの不具合と見なさず再実行する。"
        case .hardTarget(let id, let text): "厳しい目標値" + (id.map { " \($0)" } ?? "") + "：" + text
        case .targetCare(let check, let figures, let place, let testing):
            japaneseTargetCare(check, all: list(figures), place: place, testing: testing)
        case .otherTargets(let others): "ほかの厳しい目標値（\(list(others))）も同じ方法で測る。"
        }
    }

    private static func noOutput(_ testing: PhaseLocator.Located?) -> String {
        testing.map { "。\(label($0))でどの出力にも含まれないことを確かめる" } ?? ""
    }

    private static func japaneseKind(_ kind: PersonalDataKind) -> String {
        switch kind {
        case .names: "氏名"
        case .emails: "メールアドレス"
        case .phoneNumbers: "電話番号"
        case .birthDates: "生年月日"
        case .health: "健康データ"
        case .location: "位置情報"
        case .payments: "支払い情報"
        }
    }

    private static func japanesePersonalCare(
        _ place: PersonalDataPlace, foundation: PhaseLocator.Located?, phase: PhaseLocator.Located?, payments: Bool,
        testing: PhaseLocator.Located?
    ) -> String {
        let from = foundation.map { "\(label($0))から" } ?? ""
        let kept =
            switch place {
            case .device: "\(from)仕様が必要とする項目だけを端末上で暗号化して保存し、ログ、クラッシュレポート、バックアップには含めない"
            case .local: "\(from)仕様が必要とする項目だけを保持し、ログ、キャッシュ、--verbose の出力には含めない"
            case .server:
                "\(from)仕様が必要とする項目だけを通信時も保存時も暗号化して保存し、ログや分析データには含めない。\(phase.map(label) ?? "収集するフェーズ")でエクスポートと削除の手段（GDPR）を用意する"
            }
        return kept + (payments ? "。カード番号は決済サービスに任せ、保存しない" : "")
            + (testing.map { "。\(label($0))でログとエラーレポートに含まれないことを確かめる" } ?? "") + "。"
    }

    private static func japaneseServiceCare(
        _ name: String, _ role: ServiceRiskRole, foundation: String, user: PhaseLocator.Located?
    ) -> String {
        let user = user.map(label) ?? "機能"
        return switch role {
        case .ciCd:
            "\(user)が依存する前に：使う秘密情報はシークレットストアに置き、必要な範囲に限る。バージョンを固定し、\(name) 側で失敗した実行はコードの不具合と見なさず再実行する。"
        case .hosting:
            "\(name) のトークンの権限を最小にし、CI のシークレットストアに置く\(foundation)。作成したものにはタグを付け、不要になったら削除する。\(user)で大量に作成する前にクォータと請求額を確かめる。"
        case .service:
            "\(name) をタイムアウト、バックオフ付きリトライ、テスト用フェイクを備えたアダプターの裏に置く\(foundation)。認証情報は環境変数かシークレットストアに置き、\(user)で呼び出す前にレート制限と料金を確かめ、停止中の機能の振る舞いを決める。"
        }
    }

    private static func japaneseTargetCare(
        _ check: TargetCheck, all: String, place: TargetPlace, testing: PhaseLocator.Located?
    ) -> String {
        let place =
            switch place {
            case .testing(let phase): "\(label(phase))で"
            case .building(let phase): "実装する\(label(phase))で"
            case .firstFeature: "最初の機能フェーズから"
            }
        let again = testing.map { "。\(label($0))でもエンドツーエンドで確かめる" } ?? ""
        return switch check {
        case .background(let device):
            "バックグラウンド処理の実行時期は\(device ?? "スマートフォン")が決める。\(place)実機で \(all) を確かめてからほかの部分が依存し、データが古いときは表示する\(again)。"
        case .memory(let board):
            "\(place)\(board ?? "ターゲットボード")向けの全ビルドでメモリとフラッシュの使用量（リンカーのサイズレポート）を読み、\(all) を超えたらビルドを失敗させる\(again)。"
        case .ratio(let ratios): "\(place)\(list(ratios)) の測り方（監視、エラーバジェット）を決め、下回ったら警告する\(again)。"
        case .boardTiming(let board):
            "\(place)\(board ?? "ターゲットボード")上で \(all) を実測する（経路の前後でピンを切り替えてロジックアナライザーで読むか、シリアルログのタイムスタンプを使う）\(again)。"
        case .benchmark(let reference):
            "\(place)\(japaneseReference(reference))でベンチマークにより \(all) を測り、悪化したら CI を失敗させる\(again)。"
        }
    }

    private static func japaneseReference(_ reference: TargetReference) -> String {
        switch reference {
        case .lowEndDevice(let device): "ローエンドの\(device ?? "端末")"
        case .board(let board): board ?? "ターゲットボード"
        case .slowestBrowser: "対応する最も遅いブラウザーと本番規模のデータ"
        case .minimumHardware: "最低動作環境のハードウェア"
        case .productionData: "本番規模のデータ"
        case .ciRunner: "CI ランナー"
        case .slowestMachine: "対応する最も遅いマシン"
        }
    }

    private static func japaneseNote(_ note: PlanNote) -> String {
        switch note {
        case .aligned(let citation, let names):
            "\(citation) に準拠" + (names.isEmpty ? "。" : "。依拠する原則：\(names.joined(separator: "、"))。")
        case .constitutionPlaceholders(let names): "憲章にテンプレートのプレースホルダーが残っている：\(names.joined(separator: "、"))。"
        case .noConstitution:
            "憲章が見つからない（.specify/memory/constitution.md または memory/constitution.md、あるいは未記入のテンプレートのまま）。テストとドキュメントは plansync の既定に従う。"
        case .stackAssumed:
            "技術スタックはプロジェクトから読み取ったものではなく想定：NestJS、Next.js、PostgreSQL、Redis（計画プロンプトの既定）。`.plansync.json`、設定の `stack`、憲章、仕様、Spec Kit の計画、マニフェストのいずれにも記載がないため。フェーズ 1 の前に確認するか、プロジェクトルートの `.plansync.json` の `stack` に実際のスタックを書く。"
        case .stack(let provenance): "技術スタック：" + sentence(provenance)
        case .sourcesDisagree(let conflict): "情報源の記載が食い違う（\(conflict)）。誤ったほうが採用された場合は `.plansync.json` の `stack` で直す。"
        case .unreadable(let path, let reason): "\(path) を完全には読めなかった：\(sentence(reason))この計画はほかの情報源から作成した。"
        case .contents(let stories, let requirements, let criteria, let edgeCases, let questions):
            "spec.md から読み取った内容：ユーザーストーリー \(stories) 件、要件 \(requirements) 件、成功基準 \(criteria) 件、エッジケース \(edgeCases) 件、未決事項 \(questions) 件。"
        case .openClarifications(let questions): "未解決の確認事項（\(questions.count) 件）：" + questions.joined(separator: " ")
        case .answered(let count): "仕様内で回答済みの確認事項：\(count) 件。"
        case .status(let status): "仕様のステータスは「\(status)」。この計画を納品済みの内容と照らし合わせる。"
        case .emptySpec:
            "spec.md が空か、認識できるセクションがない。**Input** の説明、優先度付きのユーザーストーリー、機能要件（FR-001 …）、成功基準（SC-001 …）を追加する。"
        case .noTitle: "spec.md に `# Feature Specification:` のタイトルがない。タイトルはフォルダー名から取った。"
        case .noStories: "仕様にユーザーストーリーがない。機能フェーズは要件から作った。"
        case .noRequirements: "機能要件が見つからない。フェーズのタスクはユーザーストーリーだけから作った。"
        case .noIDs: "要件に ID（FR-001 …）がない。この計画は本文で引用する。"
        case .someWithoutIDs(let count, let total): "要件 \(total) 件のうち \(count) 件に ID（FR-001 …）がない。"
        case .noCriteria(let requirements, let stories):
            "仕様に成功基準（SC-001 …）がない。"
                + (!requirements && !stories
                    ? "この計画の基準は憲章のゲートまたは plansync の既定。"
                    : "この計画の基準は\(list([requirements ? "要件" : nil, stories ? "ユーザーストーリー" : nil].compactMap { $0 }))から作った。")
        case .noEntities: "主要エンティティ（Key Entities）がない。データモデルは未定義。"
        case .estimates(let e, let small):
            "見積もり：各機能フェーズで要件 1 件あたり \(dayCount(e.daysPerRequirement)) 日、受け入れシナリオ 1 件あたり \(dayCount(e.daysPerScenario)) 日。基盤は \(dayCount(small ? e.minimumPhaseDays : e.foundationDays)) 日\(small ? "（既存コードへの小さな変更）" : "")に外部サービス 1 件あたり \(dayCount(e.daysPerService)) 日。テストは機能フェーズの \(Int(e.testingShare * 100))% にエッジケース 1 件あたり \(dayCount(e.daysPerEdgeCase)) 日\(small ? "（最低 \(dayCount(e.minimumPhaseDays)) 日）" : "")。日数はフェーズごとに切り上げ（config.json の `estimates`）。"
        case .ownPlan(let phases, let days, let total):
            "フェーズは仕様自身の計画（番号付きフェーズ \(phases) 件）に従う"
                + (days.map {
                    $0 == total
                        ? "。そのスケジュールの \($0) 日を見積もりとし、テストとドキュメントを含む"
                        : "。そのスケジュールは \($0) 日で、どの計画にもあるテストとドキュメントのフェーズを加えて \(total) 日"
                } ?? "") + "。"
        case .placeholders(let lines, let shown, let more):
            "spec.md の \(lines) 行に Spec Kit のプレースホルダーが残っており、この計画には含めていない：\(shown.joined(separator: "、"))\(more ? "…" : "")。"
        case .unreadParts(let parts, let more):
            "この計画が読まない spec.md のセクション（見出しから内容を判断できない）：\(parts.map { "「\($0)」" }.joined(separator: "、"))\(more ? "…" : "")。"
        }
    }
}
