/// Changing the key table (what `config.toml`'s `[keys]` does).
extension KeyMap {
    /// The table with `keys` as the only keys of `action`; the keys leave any other action
    /// they were bound to where the two apply together, so a key never does two things.
    public func rebinding(_ action: Action, to keys: [Key]) -> KeyMap {
        guard let target = bindings.first(where: { $0.action == action }) else { return self }
        let taken = Set(keys)
        return KeyMap(bindings: bindings.map { binding in
            var binding = binding
            if binding.action == action {
                binding.keys = keys
            } else if !binding.contexts.isDisjoint(with: target.contexts) {
                binding.keys.removeAll { taken.contains($0) }
            }
            return binding
        })
    }

    /// The keys bound to `action` in `context`, in table order.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        bindings.first { $0.action == action && $0.contexts.contains(context) }?.keys ?? []
    }

    /// The first key bound to `action` in `context`, named for a sentence: "Enter" in "open
    /// a related paper with Enter" (empty when the action has no key).
    public func firstKey(for action: Action, in context: KeyContext = .browser) -> String {
        spoken([action], in: context, firstKeys: true)
    }

    /// The keys bound to `actions` in `context`, named and joined for a sentence: "Esc, q or ?"
    /// (with `firstKeys`, only each action's first key: "Enter").
    public func spoken(_ actions: [Action], in context: KeyContext, firstKeys: Bool = false) -> String {
        let labels = actions.flatMap { action in
            let keys = keys(for: action, in: context)
            return (firstKeys ? Array(keys.prefix(1)) : keys).map(\.label)
        }
        guard let last = labels.last else { return "" }
        return labels.count == 1 ? last : labels.dropLast().joined(separator: ", ") + " or " + last
    }
}
