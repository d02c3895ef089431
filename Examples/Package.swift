// swift-tools-version: 6.1
import PackageDescription

/// Small programs that use the Forebyg products from outside, the way an integrator's package
/// does: each depends on this checkout by path and imports only the products it needs.
/// Build and run them with `.ci/checks/90-examples` (or `swift run --package-path Examples NAME`).
let forebyg = "Forebyg"

let package = Package(
    name: "ForebygExamples",
    platforms: [.macOS(.v15), .iOS(.v18)],
    dependencies: [.package(name: forebyg, path: "..")],
    targets: [
        .target(name: "ExampleSupport"),
        .executableTarget(
            name: "workplace-plan",
            dependencies: ["ExampleSupport", .product(name: "ActionPlans", package: forebyg),
                .product(name: "DocumentRendering", package: forebyg), .product(name: "ForebygCore", package: forebyg)],
            path: "Sources/WorkplacePlan"),
        .executableTarget(
            name: "bvc-shift-scoring",
            dependencies: ["ExampleSupport", .product(name: "RiskTools", package: forebyg),
                .product(name: "DocumentRendering", package: forebyg), .product(name: "ForebygCore", package: forebyg)],
            path: "Sources/BVCShiftScoring"),
        .executableTarget(
            name: "incident-month-report",
            dependencies: ["ExampleSupport", .product(name: "IncidentAnalysis", package: forebyg),
                .product(name: "DocumentRendering", package: forebyg), .product(name: "ForebygCore", package: forebyg)],
            path: "Sources/IncidentMonthReport"),
        .executableTarget(
            name: "course-calendar",
            dependencies: ["ExampleSupport", .product(name: "CourseModel", package: forebyg),
                .product(name: "DocumentRendering", package: forebyg), .product(name: "ForebygCore", package: forebyg)],
            path: "Sources/CourseCalendar"),
        .executableTarget(
            name: "unknown-kind",
            dependencies: ["ExampleSupport", .product(name: "ForebygDocuments", package: forebyg)],
            path: "Sources/UnknownKind"),
    ],
    swiftLanguageModes: [.v6]
)
