/// The tables ``TeXText`` renders with: symbols, style commands, scripts, double-struck letters.
enum TeXSymbols {
    /// Commands that stand for a symbol or a word.
    static let symbols: [String: String] = {
        var table: [String: String] = [
            "times": "×", "sim": "∼", "pm": "±", "mp": "∓", "approx": "≈", "in": "∈", "notin": "∉", "to": "→",
            "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "Leftarrow": "⇐", "leftrightarrow": "↔",
            "mapsto": "↦", "uparrow": "↑", "downarrow": "↓", "ell": "ℓ", "circ": "∘", "deg": "°", "degree": "°",
            "ge": "≥", "geq": "≥", "le": "≤", "leq": "≤", "gg": "≫", "ll": "≪", "neq": "≠", "ne": "≠",
            "infty": "∞", "langle": "⟨", "rangle": "⟩", "cdot": "·", "cdots": "⋯", "dots": "…", "ldots": "…",
            "mid": "|", "prec": "≺", "succ": "≻", "propto": "∝", "partial": "∂", "nabla": "∇", "sum": "Σ",
            "prod": "Π", "forall": "∀", "exists": "∃", "emptyset": "∅", "varnothing": "∅", "cup": "∪", "cap": "∩",
            "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇", "top": "⊤", "perp": "⊥",
            "equiv": "≡", "simeq": "≃", "cong": "≅", "star": "⋆", "ast": "∗", "dagger": "†", "checkmark": "✓",
            "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "wedge": "∧", "vee": "∨", "neg": "¬", "lnot": "¬",
            "sharp": "♯", "prime": "′", "backslash": "\\", "S": "§", "textbackslash": "\\",
            "log": "log", "ln": "ln", "exp": "exp", "max": "max", "min": "min", "arg": "arg", "argmax": "argmax",
            "argmin": "argmin", "sin": "sin", "cos": "cos", "tan": "tan", "lim": "lim", "sup": "sup", "inf": "inf",
            "det": "det", "dim": "dim", "ker": "ker", "Pr": "Pr", "eg": "e.g.", "ie": "i.e.",
            "etal": "et al.", "textendash": "–", "textemdash": "—", "textasciitilde": "~", "LaTeX": "LaTeX",
            "TeX": "TeX",
        ]
        let greek = ["alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
                     "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
                     "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ",
                     "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
                     "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
                     "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω"]
        table.merge(greek) { a, _ in a }
        return table
    }()

    /// Commands that only style their argument: the argument is kept, the style dropped.
    /// Text-mode accents and the combining marks they put on the next letter.
    static let accents: [Character: Character] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}", "r": "\u{030A}",
        "k": "\u{0328}", "d": "\u{0323}",
    ]

    /// Letters text mode names: `\ss`, `\o`, `\aa`, `\ae`, `\l`, `\i` and their capitals.
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    ]

    static let styles: Set<String> = [
        "textbf", "textit", "emph", "texttt", "textsc", "text", "textrm", "textsf", "textnormal", "textup",
        "textsl", "underline", "mathrm", "mathbf", "mathit", "mathtt", "mathsf", "mathcal", "mathscr",
        "mathfrak", "mathnormal", "boldsymbol", "bm", "operatorname", "mbox", "hbox", "textmd", "uline",
        "widetilde", "tilde", "hat", "widehat", "bar", "overline", "vec", "dot", "ddot", "mathbfit", "pmb",
    ]

    /// Characters with a Unicode superscript form.
    static let superscripts: [Character: Character] = {
        var table: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶",
                                             "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽",
                                             ")": "⁾", "*": "*", "′": "′", "'": "′", "∗": "*", "†": "†"]
        let letters: [(Character, Character)] = [
            ("a", "ᵃ"), ("b", "ᵇ"), ("c", "ᶜ"), ("d", "ᵈ"), ("e", "ᵉ"), ("f", "ᶠ"), ("g", "ᵍ"), ("h", "ʰ"),
            ("i", "ⁱ"), ("j", "ʲ"), ("k", "ᵏ"), ("l", "ˡ"), ("m", "ᵐ"), ("n", "ⁿ"), ("o", "ᵒ"), ("p", "ᵖ"),
            ("r", "ʳ"), ("s", "ˢ"), ("t", "ᵗ"), ("u", "ᵘ"), ("v", "ᵛ"), ("w", "ʷ"), ("x", "ˣ"), ("y", "ʸ"),
            ("z", "ᶻ"), ("A", "ᴬ"), ("B", "ᴮ"), ("D", "ᴰ"), ("E", "ᴱ"), ("G", "ᴳ"), ("H", "ᴴ"), ("I", "ᴵ"),
            ("J", "ᴶ"), ("K", "ᴷ"), ("L", "ᴸ"), ("M", "ᴹ"), ("N", "ᴺ"), ("O", "ᴼ"), ("P", "ᴾ"), ("R", "ᴿ"),
            ("T", "ᵀ"), ("U", "ᵁ"), ("V", "ⱽ"), ("W", "ᵂ"),
        ]
        for (plain, raised) in letters { table[plain] = raised }
        return table
    }()

    /// Characters with a Unicode subscript form.
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ",
        "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ",
        "v": "ᵥ", "x": "ₓ",
    ]

    /// Double-struck capitals (`\mathbb{R}` is ℝ).
    static let doubleStruck: [Character: Character] = [
        "R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ", "H": "ℍ", "1": "𝟙",
    ]
}
