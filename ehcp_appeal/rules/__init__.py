"""Legal rules held as data (resources/rules/) and the pure functions that apply them."""
