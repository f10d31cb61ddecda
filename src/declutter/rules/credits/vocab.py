"""Vocabulary shared by this family's rule modules."""

from __future__ import annotations

#: An outlet or agency in a credit: capitalised words, initials, '&', dots
#: ('Valley Ledger', 'AP', 'La Gazette du Nord').
OUTLET = r"(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}\p{M}.'’&-]*|of|de|du|la|le|del|der|für)){0,5}"
