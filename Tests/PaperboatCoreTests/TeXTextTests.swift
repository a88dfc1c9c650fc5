import Foundation
import Testing
@testable import PaperboatCore

@Suite struct TeXTextTests {
    /// Titles from the dev set, as arXiv has them, and as the screen shows them.
    @Test(arguments: [
        ("GenM$^3$: Generative Pretrained Multi-path Motion Model", "GenM³: Generative Pretrained Multi-path Motion Model"),
        ("Di$\\mathtt{[M]}$O: Distilling Masked Diffusion Models", "Di[M]O: Distilling Masked Diffusion Models"),
        ("$L^2$FMamba: Lightweight Light Field Image Super-Resolution", "L²FMamba: Lightweight Light Field Image Super-Resolution"),
        ("VideoVista-CulturalLingo: 360$^\\circ$ Horizons", "VideoVista-CulturalLingo: 360° Horizons"),
        ("Co$^{3}$Gesture: Towards Coherent Concurrent Co-speech", "Co³Gesture: Towards Coherent Concurrent Co-speech"),
        ("H$^{\\mathbf{3}}$DP: Triply-Hierarchical Diffusion Policy", "H³DP: Triply-Hierarchical Diffusion Policy"),
        ("Can LLMs $\\textit{understand}$ Math?", "Can LLMs understand Math?"),
        ("$\\text{R}^2\\text{ec}$: Towards Large Recommender Models", "R²ec: Towards Large Recommender Models"),
        ("A Survey of LLM $\\times$ DATA", "A Survey of LLM × DATA"),
        ("GSBAK$^K$: $top$-$K$ Geometric Score-based Black-box Attack", "GSBAKᴷ: top-K Geometric Score-based Black-box Attack"),
        ("M\\textsuperscript{4}Fuse: Lightweight", "M⁴Fuse: Lightweight"),
    ])
    func titlesReadAsPlainText(raw: String, shown: String) {
        #expect(TeXText.plain(raw) == shown)
    }

    @Test func abstractsLoseTheirMarkupButNotTheirWords() {
        #expect(TeXText.plain("We propose \\textbf{FooNet}, which is \\emph{fast}.") == "We propose FooNet, which is fast.")
        #expect(TeXText.plain("a $3\\times$ speed-up and $\\sim$10\\% fewer FLOPs") == "a 3× speed-up and ∼10% fewer FLOPs")
        #expect(TeXText.plain("for $x \\in \\mathbb{R}^{n}$ with $\\alpha \\geq 0.5$") == "for x ∈ ℝⁿ with α ≥ 0.5")
        #expect(TeXText.plain("loss $\\mathcal{L}_{i}$ and $L_{\\text{total}}$") == "loss Lᵢ and L_(total)")
        #expect(TeXText.plain("ratio $\\frac{1}{2}$ and $\\sqrt{d}$") == "ratio 1/2 and √d")
        #expect(TeXText.plain("code at \\href{https://github.com/x/y}{this repository}.") == "code at this repository.")
        #expect(TeXText.plain("see \\url{https://x.org/a_b}") == "see https://x.org/a_b")
        #expect(TeXText.plain("as shown \\cite{smith2020}.") == "as shown .")
        // Text-mode accents, named letters and grouping braces, as BibTeX and arXiv write names.
        #expect(TeXText.plain("G{\\\"a}rdenfors, M\\\"uller, Fran\\c{c}ois, \\v{S}koda, Erd\\H{o}s") == "Gärdenfors, Müller, François, Škoda, Erdős")
        #expect(TeXText.plain("{\\ss} na{\\\"\\i}ve \\'{e}t\\'e \\o{} \\AA ngstr\\\"om") == "ß naïve été ø Ångström")
        #expect(TeXText.plain("the {BERT}s of {feature suppression}") == "the BERTs of feature suppression")
        #expect(TeXText.plain("home \\~{}user, a lone \\'") == "home ~user, a lone '")
        #expect(TeXText.plain("\\textcolor{red}{warning}") == "warning")
    }

    /// Dollars that are money, lone backslashes and an author's own macros stay as written.
    @Test func whatIsNotSurelyTeXStaysAsWritten() {
        #expect(TeXText.plain("It costs $5 and $10 per run.") == "It costs $5 and $10 per run.")
        #expect(TeXText.plain("a budget of $ 100") == "a budget of $ 100")
        #expect(TeXText.plain("Plain title without markup") == "Plain title without markup")
        #expect(TeXText.plain("our \\method outperforms \\ours") == "our \\method outperforms \\ours")
        #expect(TeXText.plain("50\\% and a lone \\") == "50% and a lone \\")
        #expect(TeXText.plain("Smith et al.\\ show") == "Smith et al. show")
        #expect(TeXText.plain("snake_case_name and x^2 outside math") == "snake_case_name and x^2 outside math")
    }

    /// Broken markup never traps, loops or loses the text around it.
    @Test func malformedMarkupIsSafe() {
        for text in ["$", "$$", "$\\", "\\", "$x^$", "$^{", "\\textbf{unclosed", "$a_{b$ c", "}}}{{{", "$\\frac{1}$",
                     "\\href{x}", "$^\\circ", "\\sqrt", "a $b$ c $d", String(repeating: "$^{", count: 500)] {
            let shown = TeXText.plain(text)
            #expect(shown.count <= text.count + 4, "\(text)")
        }
        #expect(TeXText.plain("\\textbf{unclosed and more") == "unclosed and more")
        #expect(TeXText.plain("$" + String(repeating: "{", count: 50) + "x" + String(repeating: "}", count: 50) + "$") == "x")
        #expect(TeXText.plain("$" + String(repeating: "{", count: 100) + "x" + String(repeating: "}", count: 100) + "$").contains("x"))
    }

    /// A hostile title of 50,000 nested groups or commands is rendered on a worker's small
    /// stack without overflowing it (deep nesting is kept as written).
    @Test func deepNestingFitsASmallStack() {
        let groups = "$" + String(repeating: "{", count: 50_000) + "x" + String(repeating: "}", count: 50_000) + "$"
        let commands = String(repeating: "\\textbf{", count: 50_000) + "x" + String(repeating: "}", count: 50_000)
        let chained = String(repeating: "\\textbf", count: 50_000) + "{x}"
        let done = DispatchSemaphore(value: 0)
        let lengths = LockedLengths()
        let thread = Thread {
            for text in [groups, commands, chained] { lengths.append(TeXText.plain(text).count) }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(lengths.values.count == 3 && lengths.values.allSatisfy { $0 > 0 })
        #expect(TeXText.plain("a $b$ c $d") == "a b c $d")
    }
}

/// Results handed back from the test's thread.
private final class LockedLengths: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    func append(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}
