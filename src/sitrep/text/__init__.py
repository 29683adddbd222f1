"""Text stage: same-length normalisation and sentence segmentation with character offsets."""

from sitrep.text.normalise import fold, normalise
from sitrep.text.segment import Sentence, sentences

__all__ = ["Sentence", "fold", "normalise", "sentences"]
