// swift-tools-version:6.0
import PackageDescription

/// Module order, lowest first: DER, X509, Policy, PKI, Wire, TLS, Capture, Conformance, then the command line.
/// Each module depends only on modules before it.
let package = Package(
    name: "mtls-harness",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mtls-harness", targets: ["mtls-harness"]),
        .library(name: "Conformance", targets: ["Conformance"]),
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    targets: [
        .target(
            name: "COpenSSL",
            linkerSettings: [.linkedLibrary("ssl"), .linkedLibrary("crypto")]
        ),
        .systemLibrary(
            name: "CPcap",
            pkgConfig: "libpcap",
            providers: [.apt(["libpcap-dev"])]
        ),
        .target(name: "DER"),
        .target(name: "X509", dependencies: ["DER", "COpenSSL"]),
        .target(name: "Policy", dependencies: ["X509"]),
        .target(name: "PKI", dependencies: ["Policy", "X509", "DER", "COpenSSL"]),
        .target(name: "Wire", dependencies: ["X509", "COpenSSL"]),
        .target(name: "TLS", dependencies: ["Policy", "PKI", "Wire", "X509", "COpenSSL"]),
        .target(name: "Capture", dependencies: ["Wire", "TLS", "CPcap", "COpenSSL"]),
        .target(name: "Conformance", dependencies: ["Policy", "PKI", "Wire", "TLS", "Capture", "X509"]),
        .target(name: "FuzzTargets", dependencies: ["DER", "X509", "Policy", "Wire", "TLS", "PKI", "COpenSSL"]),
        .executableTarget(
            name: "mtls-harness",
            dependencies: ["Conformance", "Capture", "Policy", "PKI", "TLS", "Wire", "X509"]
        ),
        .testTarget(name: "DERTests", dependencies: ["DER"]),
        .testTarget(name: "X509Tests", dependencies: ["X509", "DER", "FuzzTargets", "COpenSSL"]),
        .testTarget(name: "PolicyTests", dependencies: ["Policy", "X509", "PKI"]),
        .testTarget(name: "PKITests", dependencies: ["PKI", "X509"]),
        .testTarget(name: "WireTests", dependencies: ["Wire"]),
        .testTarget(name: "TLSTests", dependencies: ["TLS", "PKI", "Policy"]),
        .testTarget(name: "CaptureTests", dependencies: ["Capture", "Wire", "TLS", "CPcap"]),
        .testTarget(
            name: "ConformanceTests", dependencies: ["Conformance", "Policy", "PKI", "TLS", "Capture", "Wire"]),
        .testTarget(name: "CommandLineTests", dependencies: ["mtls-harness", "Capture", "Wire"]),
        .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzTargets"]),
    ]
)
