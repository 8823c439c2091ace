// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "plansync",
    products: [
        .executable(name: "plansync", targets: ["Watcher"]),
        .executable(name: "plansync-bench", targets: ["Bench"]),
        .library(name: "Generator", targets: ["Generator"]),
    ],
    targets: [
        // Pure: spec text in, plan text out. No file system, no clock, no environment.
        .target(name: "Generator"),
        // The `plansync` executable: every syscall, the command line, config and logging.
        .executableTarget(name: "Watcher", dependencies: ["Generator"]),
        // Benchmarks: `swift run -c release plansync-bench` (see BENCHMARKS.md).
        .executableTarget(name: "Bench", dependencies: ["Generator"], path: "Benchmarks/Bench"),
        .testTarget(name: "GeneratorTests", dependencies: ["Generator"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "WatcherTests", dependencies: ["Watcher", "Generator"]),
    ],
    swiftLanguageModes: [.v6]
)
