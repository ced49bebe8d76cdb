/// A shell-style pattern: `*` matches any run of characters, `?` any one character, everything else itself.
struct Glob {
    private let pattern: [Character]

    init(_ pattern: String) {
        self.pattern = Array(pattern)
    }

    func matches(_ text: String) -> Bool {
        let characters = Array(text)
        // Classic two-pointer match with backtracking to the last star.
        var (p, t) = (0, 0)
        var star: (pattern: Int, text: Int)?
        while t < characters.count {
            if p < pattern.count && (pattern[p] == "?" || pattern[p] == characters[t]) {
                p += 1
                t += 1
            } else if p < pattern.count && pattern[p] == "*" {
                star = (p, t)
                p += 1
            } else if let last = star {
                p = last.pattern + 1
                t = last.text + 1
                star = (last.pattern, last.text + 1)
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
