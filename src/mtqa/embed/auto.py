"""The default encoder, ``auto``: use-m3 where it was trained, e5-small for every other language.

use-m3 (multilingual USE v3) was trained on 16 languages. On others its vectors are close to noise: a
clean Czech, Romanian, Hungarian or Greek translation of a five-paragraph article came out with
paragraphs aligned wrongly, an "added paragraph" and "low similarity" omissions, while e5-small (about
100 languages) aligned all of them and reported nothing (``bench/encoder_languages.py``). The checks
and the quality estimate were tuned with use-m3, which stays the encoder wherever it knows both
languages, so every benchmark on en, de, fr and zh is unchanged.

The choice is made per article, once its languages are known (:func:`for_languages`); where they are
not, ``auto`` embeds with use-m3. Each choice is an encoder of its own, with its own signature in the
report and its own rows in the embedding cache.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mtqa.embed.base import Encoder, Matrix

AUTO = "auto"
# The languages of use-m3's training data (Yang et al. 2019, "Multilingual Universal Sentence Encoder
# for Semantic Retrieval"): Chinese in both scripts counts as "zh".
USE_M3_LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"})
UNDETERMINED = "und"


class AutoEncoder:
    """Creates use-m3 or e5-small on first use (``create`` makes an encoder from its name)."""

    name = AUTO

    def __init__(self, create: Callable[[str], Encoder]) -> None:
        self._create = create
        self._encoders: dict[str, Encoder] = {}

    def choose(self, languages: Sequence[str] = ()) -> Encoder:
        """The encoder for a text in these languages (primary subtags, or BCP 47 tags)."""
        codes = [tag.split("-")[0].lower() for tag in languages if tag]
        known = [code for code in codes if code != UNDETERMINED]
        name = "e5-small" if any(code not in USE_M3_LANGUAGES for code in known) else "use-m3"
        if name not in self._encoders:
            self._encoders[name] = self._create(name)
        return self._encoders[name]

    @property
    def signature(self) -> str:
        return self.choose().signature

    def encode(self, texts: Sequence[str]) -> Matrix:
        return self.choose().encode(texts)


def trained_on(encoder: Encoder | None, *languages: str | None) -> bool:
    """False when ``encoder`` is use-m3 chosen by name and a language (BCP 47 tag) is not one it was
    trained on: its similarities there are close to noise (a correct Swedish line scores 0.1). ``auto``
    chooses another encoder for such languages."""
    if encoder is None or isinstance(encoder, AutoEncoder) or not encoder.signature.startswith("use-m3@"):
        return True
    codes = {tag.split("-")[0].lower() for tag in languages if tag}
    return all(code in USE_M3_LANGUAGES or code == UNDETERMINED for code in codes)


def for_languages(encoder: Encoder, *languages: str | None) -> Encoder:
    """``encoder`` itself, or the one ``auto`` uses for these languages."""
    if isinstance(encoder, AutoEncoder):
        return encoder.choose([language for language in languages if language])
    return encoder
