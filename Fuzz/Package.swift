// swift-tools-version:6.0
import Foundation
import PackageDescription

/// libFuzzer executables for mtls-harness, one per input surface, each a thin wrapper around an entry of the
/// root package's `FuzzTargets` module, plus the generator of the seed corpora.
///
/// Build the fuzzers with sanitizers from the repository root (`make fuzz-build`), never with a plain
/// `swift build`: their entry point is libFuzzer's `main`.
///
/// The root package is found from this file's own path, and named after its folder as SwiftPM names path
/// dependencies, so a clone works whatever its folder is called.
let rootURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let root = rootURL.lastPathComponent

/// Every fuzz target: the module name and the product name of its executable.
let fuzzers: [(module: String, product: String)] = [
    ("FuzzDER", "fuzz-der"),
    ("FuzzX509", "fuzz-x509"),
    ("FuzzPEM", "fuzz-pem"),
    ("FuzzPins", "fuzz-pins"),
    ("FuzzPolicy", "fuzz-policy"),
    ("FuzzRecords", "fuzz-records"),
    ("FuzzHandshake", "fuzz-handshake"),
]

/// The root package's module of fuzz target entries.
let fuzzTargets = Target.Dependency.product(name: "FuzzTargets", package: root)

let package = Package(
    name: "mtls-harness-fuzz",
    platforms: [.macOS(.v14)],
    products: fuzzers.map { .executable(name: $0.product, targets: [$0.module]) } + [
        .executable(name: "generate-corpora", targets: ["GenerateCorpora"])
    ],
    dependencies: [.package(path: rootURL.path)],
    targets: [
        .target(name: "LibFuzzerEntry", dependencies: [fuzzTargets]),
        .executableTarget(
            name: "GenerateCorpora", dependencies: [fuzzTargets, .product(name: "Conformance", package: root)]
        ),
    ] + fuzzers.map { .executableTarget(name: $0.module, dependencies: ["LibFuzzerEntry", fuzzTargets]) }
)
