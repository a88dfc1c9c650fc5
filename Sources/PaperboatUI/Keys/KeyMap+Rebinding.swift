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
}
