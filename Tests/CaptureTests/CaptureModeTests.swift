import Capture
import Testing

@Suite("CaptureMode")
struct CaptureModeTests {
    @Test("the three spellings parse, ignoring case and surrounding space")
    func parsesKnownModes() throws {
        #expect(CaptureMode("failures") == .failures)
        #expect(CaptureMode("all") == .all)
        #expect(CaptureMode("none") == CaptureMode.none)
        #expect(CaptureMode("  ALL\n") == .all)
        #expect(try CaptureMode(parsing: "Failures") == .failures)
        #expect(CaptureMode.allCases.map(\.description) == ["failures", "all", "none"])
    }

    @Test("anything else is rejected", arguments: ["", "fail", "always", "all,none", "nonе"])
    func rejectsUnknownModes(text: String) throws {
        #expect(CaptureMode(text) == nil)
        do {
            _ = try CaptureMode(parsing: text)
            Issue.record("\"\(text)\" parsed")
        } catch {
            #expect(error.code == .invalidArgument)
            #expect(error.reason.contains("failures, all, none"))
        }
    }

    @Test("each mode keeps the captures it names")
    func keepsCaptures() {
        #expect(CaptureMode.failures.keepsCapture(failed: true))
        #expect(!CaptureMode.failures.keepsCapture(failed: false))
        #expect(CaptureMode.all.keepsCapture(failed: true) && CaptureMode.all.keepsCapture(failed: false))
        #expect(
            !CaptureMode.none.keepsCapture(failed: true) && !CaptureMode.none.keepsCapture(failed: false))
    }
}
