"""Text stage: same-length normalisation and sentence segmentation with character offsets."""

from sitrep.text.arabic import Folded, fold_arabic, language
from sitrep.text.normalise import fold, normalise, without_links
from sitrep.text.segment import Sentence, sentences

__all__ = ["Folded", "Sentence", "fold", "fold_arabic", "language", "normalise", "sentences", "without_links"]
