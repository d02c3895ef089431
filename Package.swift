// swift-tools-version: 6.1
import PackageDescription

/// Upcoming language features turned on for every target.
let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The oldest systems the package builds for: the first with the Swift 6 runtime and the
/// Synchronization module (`Mutex`, `Atomic`), which the batch renderer and the file writer
/// use, as do typed-throws function types and `String(validating:as:)`. Documentation/Architecture.md
/// explains the choice.
let platforms: [SupportedPlatform] = [
    .macOS(.v15), .iOS(.v18), .macCatalyst(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2),
]

let package = Package(
    name: "Forebyg",
    platforms: platforms,
    products: [
        .library(name: "DocumentTree", targets: ["DocumentTree"]),
        .library(name: "ForebygCore", targets: ["ForebygCore"]),
        .library(name: "CourseModel", targets: ["CourseModel"]),
        .library(name: "ActionPlans", targets: ["ActionPlans"]),
        .library(name: "RiskTools", targets: ["RiskTools"]),
        .library(name: "IncidentAnalysis", targets: ["IncidentAnalysis"]),
        .library(name: "LearningMethods", targets: ["LearningMethods"]),
        .library(name: "DocumentRendering", targets: ["DocumentRendering"]),
        .library(name: "ForebygDocuments", targets: ["ForebygDocuments"]),
        .executable(name: "forebyg", targets: ["forebyg"]),
    ],
    targets: [
        .target(name: "DocumentTree"),
        .target(name: "ForebygCore", dependencies: ["DocumentTree"]),
        .target(name: "ActionPlans", dependencies: ["ForebygCore", "DocumentTree"]),
        .target(name: "CourseModel", dependencies: ["ForebygCore", "DocumentTree", "ActionPlans"]),
        .target(name: "RiskTools", dependencies: ["ForebygCore", "DocumentTree"]),
        .target(name: "IncidentAnalysis", dependencies: ["ForebygCore", "DocumentTree"]),
        .target(name: "LearningMethods", dependencies: ["ForebygCore", "DocumentTree"]),
        .target(name: "DocumentRendering", dependencies: ["DocumentTree"]),
        .target(
            name: "ForebygDocuments",
            dependencies: [
                "ForebygCore", "DocumentTree", "CourseModel", "ActionPlans", "RiskTools",
                "IncidentAnalysis", "LearningMethods", "DocumentRendering",
            ]
        ),
        .target(
            name: "ForebygCommandLine",
            dependencies: [
                "ForebygCore", "DocumentTree", "CourseModel", "ActionPlans", "RiskTools",
                "IncidentAnalysis", "LearningMethods", "DocumentRendering", "ForebygDocuments",
            ]
        ),
        .executableTarget(name: "forebyg", dependencies: ["ForebygCommandLine"]),
        // Test support shared by the test targets (golden and reference files with a unified
        // diff, one record variable, the fixture and schema locations); not a product.
        .target(name: "ForebygTestSupport", path: "Tests/ForebygTestSupport"),
        .testTarget(name: "DocumentTreeTests", dependencies: ["DocumentTree"]),
        .testTarget(name: "ForebygCoreTests", dependencies: ["ForebygCore"]),
        .testTarget(name: "CourseModelTests", dependencies: ["CourseModel", "ForebygTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ActionPlansTests", dependencies: ["ActionPlans", "ForebygTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RiskToolsTests", dependencies: ["RiskTools"], exclude: ["Fixtures"]),
        .testTarget(name: "IncidentAnalysisTests", dependencies: ["IncidentAnalysis", "ForebygTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "LearningMethodsTests", dependencies: ["LearningMethods"], exclude: ["Fixtures"]),
        .testTarget(name: "DocumentRenderingTests", dependencies: ["DocumentRendering", "ForebygTestSupport"]),
        .testTarget(
            name: "GoldenFileTests",
            dependencies: [
                "DocumentRendering", "ForebygCommandLine", "ForebygDocuments", "CourseModel", "ForebygCore", "ForebygTestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "ForebygDocumentsTests", dependencies: ["ForebygDocuments", "ForebygTestSupport"], exclude: ["Reference"]),
        .testTarget(
            name: "ForebygDocumentsIntegrationTests", dependencies: ["ForebygDocuments", "DocumentRendering"], exclude: ["Documents"]
        ),
        .testTarget(name: "ForebygCommandLineTests", dependencies: ["ForebygCommandLine", "ForebygDocuments", "ForebygTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + upcomingFeatures
}
