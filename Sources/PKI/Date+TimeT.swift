import Foundation

extension Date {
    /// The date as a C `time_t`, clamped to what `time_t` can hold, so that no date makes a conversion trap.
    package var clampedTimeT: time_t {
        let seconds = timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite else { return seconds > 0 ? .max : .min }
        if seconds >= Double(time_t.max) { return .max }
        if seconds <= Double(time_t.min) { return .min }
        return time_t(seconds)
    }
}
