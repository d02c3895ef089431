// swift-tools-version: 6.1
import PackageDescription

/// The coverage-guided fuzz target of the Forebyg package: its own package, depending on this
/// checkout by path, so that the root package's `swift build` and the `forebyg` executable never
/// see it. Build and run it with `Fuzz/run` (Documentation/Fuzzing.md); it needs the toolchain's
/// libFuzzer, which `-sanitize=fuzzer` links on Linux.
let forebyg = "Forebyg"

let package = Package(
    name: "ForebygFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: forebyg, path: "..")],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "document-fuzzer",
            dependencies: [
                "FuzzerDriver",
                .product(name: "ForebygDocuments", package: forebyg),
                .product(name: "ForebygCore", package: forebyg),
                .product(name: "DocumentTree", package: forebyg),
            ],
            path: "Sources/DocumentFuzzer"),
    ],
    swiftLanguageModes: [.v6]
)
