extension PlanPhrases {
    /// Japanese, in the plain noun-ending style of a task list.
    static let japanese = PlanPhrases(
        list: { $0.joined(separator: "、") },
        onRuntime: { "\($0) / \($1)" },
        unnamedLanguage: "プロジェクトの言語（どの資料にも明記なし）",
        coverage: { stories, requirements in
            let parts = [
                stories == 0 ? nil : "ユーザーストーリー \(stories) 件", requirements == 0 ? nil : "機能要件 \(requirements) 件",
            ].compactMap { $0 }
            return "\(parts.joined(separator: "と"))を対象とする。"
        },
        moreEntities: { "ほか \($0) エンティティ" },
        undescribedSpec: "spec.md はまだ機能を記述していない：**Input** の説明、概要、ユーザーストーリー、要件のいずれもない。",
        foundationPhase: "基盤とセットアップ", testingPhase: "テスト", documentationPhase: "ドキュメント", crossCuttingPhase: "横断的要件",
        corePhase: "コア機能", definitionPhase: "機能定義",
        definitionTask: "spec.md にユーザーストーリー、機能要件、成功基準を書く（保存するとこの計画も更新される）", requirementsPhase: "要件",
        nature: { nature in
            switch nature {
            case .security: "セキュリティ"
            case .performance: "パフォーマンス"
            case .reliability: "信頼性"
            case .observability: "可観測性"
            }
        },
        scenario: "シナリオ：", edgeCase: "エッジケース：", constitution: "憲章：", implement: "実装：", acceptance: "受け入れ：",
        securityRule: "憲章のセキュリティ規則を適用：", foundation: japaneseFoundation,
        security: { form, _, audit in
            let focus =
                switch form {
                case .server: "API の境界ですべての入力を検証し、シークレットは環境変数に置く"
                case .browser: "ユーザー入力は表示前にサニタイズする"
                case .commandLine: "引数と入力ファイルを処理前に検証する"
                case .library: "公開 API で入力を検証する（不正な入力でもクラッシュしない）"
                case .mobile: "必要な権限だけを要求し、個人データは端末内に留める"
                case .desktop: "アプリが読み込むファイルと入力を検証する"
                case .embedded: "ファームウェアが受け取るメッセージと入力を処理前に検証する"
                case .pipeline: "入力データを想定スキーマで検証する"
                case .infrastructure: "シークレットはシークレットストアに置き、トークンとサービスアカウントは最小権限にする"
                case .game: "エンジンが読み込むアセットとスクリプトを検証する"
                case .other: "入力を検証する"
                }
            return "セキュリティ：\(focus)。トークンや認証情報をコード・ログ・出力に含めない"
                + (audit.map { "。新しい依存関係は `\($0)` で確認" } ?? "")
        },
        roles: "機能の操作ごとにロールと権限ガード（RBAC）を定義",
        otherEdgeCases: { "仕様のその他のエッジケース \($0) 件" },
        authorizationTests: "認可テスト：各ロールが許可された操作だけを実行できること",
        requirementTests: { count, tools in "機能要件 \(count) 件それぞれの単体テストと結合テスト\(tools.map { "（\($0)）" } ?? "")" },
        acceptanceTests: { form, count, tools in
            let scenarios = count == 1 ? "受け入れシナリオ" : "受け入れシナリオ \(count) 件"
            let tools = tools.map { "（\($0)）" } ?? ""
            return switch form {
            case .browser(let tool): "\(scenarios)の E2E テスト（\(tool)）"
            case .builtCommand: "ビルドしたコマンドを実行する\(scenarios)の受け入れテスト\(tools)"
            case .publicAPI: "公開 API を通した\(scenarios)のテスト"
            case .device: "実機またはエミュレーターでの\(scenarios)の UI テスト\(tools)"
            case .hardware: "実機での\(scenarios)の確認（ロジックは実機外で単体テスト）"
            case .preview: "本番前にプレビュー環境で\(scenarios)を確認"
            case .plain: "\(scenarios)の受け入れテスト"
            }
        },
        performanceChecks: { ids, benchmark in
            "\(ids.joined(separator: "、")) に対する性能確認\(benchmark.map { "（\($0)）" } ?? "")"
        },
        testFirst: { ci in "テストをコードより先に書き、CI を常にグリーンに保つ" + (ci.map { "（\($0)）" } ?? "") },
        userDocumentation: { kind, title, apiDocs in
            switch kind {
            case .library?: "\(title)の公開 API ドキュメント（\(apiDocs)）と使用例"
            case .commandLineTool?: "\(title)のコマンドのヘルプと README の使い方を更新"
            case .embedded?: "\(title)の配線、設定、ファームウェアの書き込み手順を記載"
            case .infrastructure?: "\(title)の運用手順書：構築するもの、シークレットの場所、デプロイとロールバックの方法"
            default: "\(title)の README とユーザードキュメントを更新"
            }
        },
        userFlows: { "ユーザーフローを記載：\($0)" },
        apiDocumentation: { "新しい API エンドポイントを記載\($0 ? "（OpenAPI 定義）" : "")" },
        configurationDocumentation: "新しい設定（設定項目、フラグ、環境変数とその既定値）を記載", changelog: "変更履歴に追記",
        architecture: japaneseArchitecture,
        kind: { kind in
            switch kind {
            case .webApplication: "Web アプリケーション"
            case .apiService: "API サービス"
            case .commandLineTool: "コマンドラインツール"
            case .library: "ライブラリ"
            case .mobileApp: "モバイルアプリ"
            case .desktopApp: "デスクトップアプリ"
            case .embedded: "組み込みファームウェア"
            case .dataPipeline: "データパイプライン"
            case .infrastructure: "インフラ"
            case .game: "ゲーム"
            }
        },
        purpose: japanesePurpose,
        origin: { origin in
            switch origin {
            case .toAdd: "追加予定"
            case .namedInSpec: "仕様に記載"
            case .assumedDefault: "想定の既定スタック"
            case .standardLibrary: "標準ライブラリ"
            case .usualTestTool(let language): "\(language ?? "このスタック")の定番：プロジェクトはテストツールを指定していない"
            case .source(let source): source
            }
        },
        assumption: "前提：", noInternalDependencies: "仕様に記載なし", noFeatureDependencies: "なし")

    private static func japaneseFoundation(_ task: FoundationTask) -> String {
        switch task {
        case .serviceModule(let title, let framework, let code): "\(title)の \(framework)（\(code)）モジュールを設定と構造化ログ付きで用意"
        case .applicationModules(let title, let app, let code): "\(app) アプリ（\(code)）に\(title)のモジュールと設定を用意"
        case .commandLine(let title, let code, let commands):
            "\(title)のコードを \(code) で用意し\(commands.map { " \($0) のコマンド" } ?? "コマンドライン")に接続（設定と明確な終了コード）"
        case .library(let title, let code): "\(title)のライブラリモジュールを \(code) で用意：公開型、エラー、ドキュメント"
        case .appModule(let title, let code, _, let toolkit):
            "\(title)のアプリモジュールを \(code)\(toolkit.map { "（\($0)）" } ?? "") で用意：状態、ナビゲーション、設定"
        case .firmware(let title, let code, let device):
            "\(title)のファームウェアモジュールを \(code) で用意\(device.map { "（\($0)）" } ?? "")：ピン、タイミング、メモリ予算"
        case .pipeline(let title, let code): "\(title)のパイプライン段を \(code) で用意：入力、出力、設定"
        case .infrastructure(let title, let tool): "\(title)の \(tool ?? "インフラ") 定義を環境ごとの設定付きで用意"
        case .engine(let title, let code): "\(title)のエンジンサブシステムを \(code) で用意しゲームループに組み込む"
        case .modules(let title, let code): "\(title)の \(code) モジュールと設定を用意"
        case .storage(let style, let database, let what, _, let using):
            japaneseStorage(style, database: database, what: what ?? "機能のデータ", using: using)
        case .screens(let title, let toolkit), .windows(let title, let toolkit), .components(let title, let toolkit):
            "\(title)の \(toolkit) 画面の骨組みを用意"
        case .routes(let toolkit): "\(toolkit) のルートと共通コンポーネントを用意"
        case .serviceAccess(let kind, let service):
            kind == .library
                ? "\(service) クライアントをインターフェースの裏に定義（認証情報は呼び出し側から、テストはフェイク）"
                : "\(service) 連携を設定（認証情報はリポジトリに置かない、テストはサンドボックスかフェイク）"
        }
    }

    private static func japaneseStorage(_ style: StorageStyle?, database: String, what: String, using: String?)
        -> String
    {
        let using = using.map { "（\($0)）" } ?? ""
        return switch style {
        case nil: "\(what)のデータ型と不変条件を定義"
        case .relational?: "\(what)の \(database) スキーマとマイグレーション\(using)を作成"
        case .document?: "\(what)の \(database) コレクションとインデックス\(using)を定義"
        case .keyValue?: "\(what)を \(database) に保存する方法を定義：キー、形式、バージョン"
        }
    }

    private static func japaneseArchitecture(_ line: ArchitectureLine) -> String {
        switch line {
        case .service(let stack, let subject): "\(stack) サービス：\(subject)を実装"
        case .serverSide(let framework, let code, let subject): "\(framework) サーバー側（\(code)）：\(subject)を実装"
        case .unnamedServer(let code, let subject): "\(code) サーバー：\(subject)を実装（フレームワークの記載なし）"
        case .runsElsewhere(let kind, let device, let subject, let code, _):
            "なし（\(japanese.kind(kind))\(device.map { "、\($0)" } ?? "")）：\(subject)は \(code) で\(kind == .webApplication ? "ブラウザ" : kind == .desktopApp ? "ユーザーのマシン" : "端末")上で動作"
        case .commandLine(let code, let libraries, let subject):
            "\(code) コマンドラインツール\(libraries.map { "（\($0)）" } ?? "")：\(subject)を実装、サーバーなし"
        case .library(let code, let framework, let subject):
            "\(code) ライブラリ\(framework.map { "（\($0) 向け）" } ?? "")、独自サービスなし：\(subject)を公開 API として提供"
        case .pipeline(let code, let libraries, let subject):
            "\(code) データパイプライン\(libraries.map { "（\($0)）" } ?? "")：\(subject)を実装"
        case .game(let subject, let code, let libraries):
            "なし（プレイヤーのマシンで動くゲーム）：\(subject)を \(code) で実装\(libraries.map { "（\($0)）" } ?? "")"
        case .infrastructure(let tools, let hosting, let subject, let deployed):
            "\(tools ?? "インフラ定義")\(hosting.map { "（\($0)）" } ?? "")：\(subject)\(deployed.map { "。デプロイするサービス：\($0)" } ?? "")"
        case .implementing(let stack, let subject): "\(stack)：\(subject)を実装"
        case .theFeaturesOperations: "機能の操作"
        case .theFeaturesStoredData: "機能が保存するデータ"
        case .provisionedDatabase(let databases): "\(databases)（インフラ上で動作）：機能が構築と設定を行い、独自スキーマなし"
        case .connectedDatabase(let databases, let cache):
            "\(databases)（ライブラリのデータベースアクセス経由）：独自スキーマなし\(cache.map { "。\($0) はキャッシュ用" } ?? "")"
        case .database(let databases, let what, let cache):
            "\(databases)：\(what)\(cache.map { "。\($0) はキャッシュ用" } ?? "")"
        case .noNewStorage(let databases): "新しいストレージなし：機能は独自のデータを保存しない（プロジェクトは \(databases) を使用）"
        case .storesNothing: "なし：機能はデータを保存しない"
        case .noneNamed: "プロジェクトのスタックに記載なし"
        case .noDatabaseOfItsOwn(let kind): "なし（独自のデータベースを持たない\(japanese.kind(kind))）"
        case .storageNotChosen(let what): "未定：機能は\(what)を保存するが、ストレージの記載がない。フェーズ 1 の前に決める"
        case .noInterface(let kind): kind.map { "なし（\(japanese.kind($0))）" } ?? "プロジェクトのスタックに記載なし"
        case .interfaceUnchanged(let toolkit): "変更なし：機能に独自の UI はない\(toolkit.map { "（\($0)）" } ?? "")"
        case .theProjectsInterface: "プロジェクトの UI"
        case .views(let toolkit, let noun, let flows):
            "\(toolkit) の\(noun == .scenes ? "シーン" : "画面")\(flows.map { "：\($0)" } ?? "：機能のユーザーフロー")"
        case .noServices: "仕様の範囲では記載なし"
        }
    }

    private static func japanesePurpose(_ purpose: DependencyPurpose) -> String {
        switch purpose {
        case .commands: "コマンド、フラグ、ヘルプ"
        case .pluggedFramework: "ライブラリの組み込み先フレームワーク"
        case .hardwareLibrary(let name): "\(name) ハードウェアライブラリ"
        case .driver(let name): "\(name) ドライバー"
        case .infrastructure: "インフラのコード化とデプロイ"
        case .engine: "エンジンの描画、入力、スクリプト"
        case .dataProcessing: "データ処理"
        case .apiFramework: "API フレームワーク"
        case .serverFramework: "サーバーフレームワーク"
        case .pagesAndServer: "ページとサーバーコード"
        case .userInterface: "ユーザーインターフェース"
        case .screens: "画面"
        case .dataAccess: "データアクセスとマイグレーション"
        case .client(let name): "\(name) クライアント"
        case .cacheClient(let name): "キャッシュ用 \(name) クライアント"
        case .serviceClient(let name): "\(name) API クライアント"
        case .webCalls(let services): "\(japanese.list(services)) API の呼び出し"
        case .authentication, .roleGuards: "認証とロールの確認"
        case .tests(let purpose):
            switch purpose {
            case .unit: "単体テストと結合テスト"
            case .endToEnd: "ユーザーフローの E2E テスト"
            case .component: "コンポーネントテスト"
            case .assertions: "テストのアサーション"
            case .doubles: "テストダブル"
            case .properties: "プロパティベーステスト"
            case .snapshots: "出力のスナップショットテスト"
            case .benchmarks: "数値目標のベンチマーク"
            case .device: "実機またはエミュレーターでのテスト"
            }
        }
    }
}
