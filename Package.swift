// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Paperboat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paperboat", targets: ["paperboat"]),
        .executable(name: "paperboat-bench", targets: ["paperboat-bench"]),
        .library(name: "PaperboatCore", targets: ["PaperboatCore"]),
        .library(name: "PaperboatUI", targets: ["PaperboatUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "Similarity"),
        .target(
            name: "PaperboatCore",
            dependencies: ["Similarity", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "PaperboatUI",
            dependencies: [
                "PaperboatCore",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "paperboat",
            dependencies: [
                "PaperboatCore", "PaperboatUI", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "paperboat-bench",
            dependencies: [
                "PaperboatCore", "PaperboatUI", "Similarity",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SimilarityTests", dependencies: ["Similarity"]),
        .testTarget(name: "PaperboatCoreTests", dependencies: ["PaperboatCore"]),
        .testTarget(name: "PaperboatUITests", dependencies: ["PaperboatUI", "PaperboatCore", "Similarity"], exclude: ["__Snapshots__"]),
        .testTarget(name: "PaperboatEndToEndTests", dependencies: ["paperboat"]),
    ]
)
