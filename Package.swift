// swift-tools-version:6.2
// SoSach: clean, canonical, deduplicated citizen lists of Vietnam's learning-society programme.
import PackageDescription

let package = Package(
    name: "SoSach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sosach", targets: ["sosach"]),
        .library(name: "SoSachPipeline", targets: ["SoSachPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Layer 0: run-time data (unit tables, header aliases, name dictionaries) as CSV.
        .target(
            name: "SoSachMappings",
            path: "Mappings",
            exclude: ["README.md", "SOURCES.md"],
            resources: [.copy("units"), .copy("text")]
        ),
        // Layer 1: plain C functions over ICU (ICU's C API is macro-renamed per version).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Layer 2: bytes and text: CSV/TSV, encodings, Unicode and Vietnamese normalisation.
        .target(name: "SoSachText", dependencies: ["CICU", "SoSachMappings"]),
        // Layer 3: field cleaners (names, dates, gender, national IDs, phones).
        .target(name: "SoSachFields", dependencies: ["SoSachText", "SoSachMappings"]),
        // Layer 4: administrative units of every epoch and the resolver.
        .target(name: "SoSachUnits", dependencies: ["SoSachText", "SoSachMappings"]),
        // Layer 5: record linkage.
        .target(name: "SoSachLinkage", dependencies: ["SoSachFields", "SoSachText"]),
        // Layer 6: layout detection, column mapping, the clean job, writers and reports.
        .target(
            name: "SoSachPipeline",
            dependencies: ["SoSachLinkage", "SoSachUnits", "SoSachFields", "SoSachText", "SoSachMappings"]
        ),
        // Layer 7: the command line.
        .executableTarget(
            name: "sosach",
            dependencies: [
                "SoSachPipeline", "SoSachUnits", "SoSachText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: generators and timers; run with Benchmarks/run.sh (release build).
        .executableTarget(
            name: "sosach-bench",
            dependencies: [
                "SoSachPipeline", "SoSachLinkage", "SoSachUnits", "SoSachFields", "SoSachText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/SoSachBench"
        ),
        .testTarget(name: "SoSachTextTests", dependencies: ["SoSachText"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SoSachFieldsTests",
            dependencies: ["SoSachFields", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SoSachUnitsTests", dependencies: ["SoSachUnits"], exclude: ["Fixtures"]),
        .testTarget(name: "SoSachLinkageTests", dependencies: ["SoSachLinkage"]),
        .testTarget(name: "SoSachPipelineTests", dependencies: ["SoSachPipeline"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
