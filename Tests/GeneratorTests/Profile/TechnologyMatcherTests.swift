import Testing

@testable import Generator

/// Ambiguous names must name their technology only where a person would read them so.
struct TechnologyMatcherTests {
    struct Row: CustomStringConvertible, Sendable {
        let text: String
        let technology: String
        let expected: Bool
        var description: String { "\(expected ? "+" : "-") \(technology) in \"\(text)\"" }
    }

    private static func yes(_ technology: String, _ text: String) -> Row {
        Row(text: text, technology: technology, expected: true)
    }
    private static func no(_ technology: String, _ text: String) -> Row {
        Row(text: text, technology: technology, expected: false)
    }

    static let rows: [Row] = [
        yes("Go", "The service is written in Go."), yes("Go", "Go 1.22 with generics"),
        yes("Go", "a Go module per service"),
        yes("Go", "Golang backend"), yes("Go", "| Language | Go |"), yes("Go", "- **Backend**: Go"),
        yes("Go", "Go, Rust and Swift"),
        yes("Go", "后端使用Go语言实现"), yes("Go", "Go's interfaces are small"), yes("go test", "run `go test ./...` first"),
        yes("Go", "then `go build -o tool .`"), yes("Go", "a Go-based CLI"),
        no("Go", "Go to the settings page and save."), no("Go", "users go back to the list"), no("Go", "GO TO JAIL"),
        no("Go", "Gopher mascot"),
        no("Go", "edit go.mod by hand"), no("Go", "Let's Go!"),
        yes("Bun", "runs on Bun"), yes("Bun", "Bun 1.1 runtime"), yes("Bun", "`bun install`"),
        no("Bun", "a bun with butter"), no("Bun", "Bun the cat sleeps"),
        yes("Rust", "Rust 1.75"), yes("Rust", "rewritten in Rust"), yes("Rust", "a Rust-based parser"),
        no("Rust", "rust on the hinges"), no("Rust", "a Rust-colored theme"),
        yes("Swift", "Swift 5.9 and SwiftUI"), yes("Swift", "written in Swift"), yes("Swift", "a Swift package"),
        no("Swift", "a swift response"), no("Swift", "Swift delivery matters to customers."),
        yes("Dart", "Dart 3 with Flutter"), no("Dart", "throw a dart at the board"),
        yes("Ruby", "Ruby 3.2 and Rails 7"), yes("Ruby", "a Ruby gem"), no("Ruby", "Ruby logs in to see her orders."),
        no("Ruby", "a ruby necklace"),
        yes("Express", "an Express.js API"), yes("Express", "Express 4 routes"), yes("Express", "Node.js with Express"),
        no("Express", "Stripe Connect (Express accounts)"),
        no("Express", "Express checkout lets buyers pay in one tap."), no("Express", "express your intent"),
        yes("Spring Boot", "Spring Boot 3 service"), yes("Spring", "Spring Framework 6"),
        no("Spring", "Spring cleaning starts in March."), no("Spring", "the spring sale"),
        yes("Ruby on Rails", "Ruby on Rails app"), yes("Ruby on Rails", "Rails 7.1"),
        no("Ruby on Rails", "guard rails for the stairs"), no("Ruby on Rails", "Rails along the track were replaced."),
        yes("React", "React 19 components"), yes("React", "a React app"), yes("React", "TypeScript, React, Vite"),
        no("React", "React quickly to alerts."), no("React", "users react to posts"),
        yes("Vue", "Vue 3 single-file components"), yes("Vue", "a Vue app"), no("Vue", "Vue d'ensemble du projet"),
        no("Vue", "la vue principale"),
        yes("Next.js", "Next.js 14 App Router"), yes("Next.js", "a Next app"),
        no("Next.js", "Next, the user opens the menu."), no("Next.js", "the next step"),
        yes("Deno", "Deno 2 runtime"), yes("Deno", "deploy to Deno"), no("Deno", "deno"),
        yes("Echo", "an Echo server in Go"), yes("Echo", "Echo v4 handlers"), no("Echo", "`echo $PATH`"),
        no("Echo", "Echo the input back to the user."), no("Echo", "- Echo"),
        yes("Gin", "Gin framework routes"), yes("Gin", "Gin 1.9"), no("Gin", "Gin and tonic"),
        no("Gin", "a gin bottle"),
        yes("Fiber", "Fiber v2 app"), yes("Fiber", "Go, Fiber"), no("Fiber", "Fiber optic cables connect the site."),
        yes("Flask", "a Flask API"), yes("Flask", "Flask 3"), no("Flask", "a flask of water"),
        yes("Phoenix", "Phoenix LiveView pages"), yes("Phoenix", "Phoenix 1.7"), no("Phoenix", "Phoenix, Arizona"),
        no("Phoenix", "- Phoenix"),
        yes("Slack", "post to Slack"), yes("Slack", "a Slack bot"), yes("Slack", "Slack, Discord and Telegram"),
        yes("Slack", "Slack API"),
        no("Slack", "some slack in the schedule"), no("Slack", "Slack time is added to each phase."),
        yes("LINE", "LINE Messaging API"), yes("LINE", "notify via LINE"), yes("LINE", "LINE公式アカウントに通知する"),
        yes("LINE", "WeChat, LINE, Telegram"),
        no("LINE", "Line 5 of the file"), no("LINE", "a line of text"), no("LINE", "- LINE"), no("LINE", "TIMELINE"),
        yes("Microsoft Teams", "Microsoft Teams channel"), yes("Microsoft Teams", "a Teams webhook"),
        yes("Microsoft Teams", "notify Discord or Teams"),
        no("Microsoft Teams", "Teams can invite members."), no("Microsoft Teams", "- Teams, Projects, Users"),
        no("Microsoft Teams", "teams of four"),
        yes("Make", "a Make target"), yes("Make", "`make test`"), yes("Make", "GNU Make"),
        no("Make", "Make sure the file exists."), no("Make", "make it faster"),
        yes("Jest", "Jest 29 tests"), yes("Jest", "tests run with Jest"), yes("Jest", "`jest --coverage`"),
        no("Jest", "said in jest"),
        yes("Node.js", "Node.js 20"), yes("Node.js", "Node >= 18"), no("Node.js", "Node system for game objects"),
        no("Node.js", "each node of the graph"),
        yes("PostgreSQL", "postgres"), yes("PostgreSQL", "PostgreSQL 16"), yes("C#", "C# 12 / .NET 8"),
        yes(".NET", "C# 12 / .NET 8"),
        no(".NET", "visit example.net today"), yes("C++", "C/C++ (Arduino)"), yes("C++", "modern C++17 code"),
        yes("TypeScript", "ＴｙｐｅＳｃｒｉｐｔで実装する"), yes("TypeScript", "使用TypeScript开发"), yes("Python", "Pythön"),
        yes("GitHub", "hosted on GitHub"), no("GitHub", "see https://github.com/acme/tool for details"),
        yes("Kind", "Kind, K3d and EKS clusters"), no("Kind", "Kind regards"), yes("WeChat", "通过微信通知用户"),
        yes("Feishu", "推送到飞书群"),
        yes("Stripe", "pay via Stripe"), no("Stripe", "a red stripe"), yes("clap", "argument parsing with clap"),
    ]

    @Test(arguments: rows)
    func ambiguousNamesNeedTheirContext(_ row: Row) {
        let found = TechnologyCatalogue.standard.mentions(in: row.text).map(\.technology.name)
        #expect(found.contains(row.technology) == row.expected, "\(row): found \(found)")
    }

    @Test func versionsAreReadAfterTheName() {
        let mentions = TechnologyCatalogue.standard.mentions(
            in: "Go 1.22, Node >= 18, MUI v7, TypeScript 5.x, Swift 5.9+, Redis 2FA")
        let versions = Dictionary(
            mentions.map { ($0.technology.name, $0.version ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(versions["Go"] == "1.22")
        #expect(versions["Node.js"] == ">= 18")
        #expect(versions["Material UI"] == "v7")
        #expect(versions["TypeScript"] == "5.x")
        #expect(versions["Swift"] == "5.9+")
        #expect(versions["Redis"] == "")
    }

    @Test func mentionsKnowTheirLineAndPlace() {
        let text = "# Stack\r\n\r\n- Backend: Rust\n- Storage: SQLite"
        let mentions = TechnologyCatalogue.standard.mentions(in: text)
        #expect(mentions.map(\.technology.name) == ["Rust", "SQLite"])
        #expect(mentions.map(\.line) == [2, 3])
        let bytes = Array(text.utf8)
        #expect(mentions.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) } == ["Rust", "SQLite"])
    }

    @Test func theLongestSpellingWins() {
        let names = TechnologyCatalogue.standard.mentions(
            in: "Spring Boot, React Native, ASP.NET Core and Swift Package Manager"
        ).map(\.technology.name)
        #expect(names == ["Spring Boot", "React Native", "ASP.NET Core", "Swift Package Manager"])
    }

    @Test func packageNamesCountOnlyInCode() {
        #expect(
            TechnologyCatalogue.standard.mentions(in: "uses `@nestjs/core` and `github.com/spf13/cobra`").map(
                \.technology.name) == ["NestJS", "Cobra"])
        #expect(TechnologyCatalogue.standard.mentions(in: "the ts-jest preset").isEmpty)
    }

    @Test func arbitraryTextNeverTrapsTheMatcherOrTheReader() {
        let pieces = [
            "Go", " ", "\r\n", "\r", "\n", "`", "|", ":", "：", "使用", "LINE", "e.g.", "(", ")", "[", "]", "**", "# ",
            "- ", "1.22",
            "Rust-", "-based", "C", "++", "#", ".NET", "ＴＳ", "é", "🙂", "\u{FEFF}", "or ", "not ", "MUST ", "Stripe",
            "go test", "\t",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let mentions = TechnologyCatalogue.standard.mentions(in: text)
            #expect(mentions.allSatisfy { $0.utf8Range.upperBound <= text.utf8.count })
            _ = StackStatementReader.read(text, source: .spec)
            _ = StackStatementReader.read(text, source: .specKitPlan("specs/001-x/plan.md"))
        }
    }
}
