"""Photo reader (runs in the sandbox child): JPEG/PNG only, with decompression-bomb protection."""

import io
import math
import warnings
from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.result import encode

ALLOWED_FORMATS = ("JPEG", "PNG")
MAX_PIXELS = 120_000_000
OCR_LONGEST_SIDE = 5000


def open_image(data: bytes, name: str, longest: int = OCR_LONGEST_SIDE) -> Any:
    """Decode under the pixel cap, so a bomb fails here and not in the app.

    A JPEG larger than ``longest`` pixels on its longer side is decoded at a reduced
    scale (libjpeg's draft mode: 1/2, 1/4 or 1/8, never below ``longest``): a valid
    108-megapixel panorama then needs a quarter of the memory or less, and nothing
    this app does with a photo (checking it, reading its text) needs more pixels.
    """
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # corrupt EXIF and the like: not the user's concern
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            if image.format == "JPEG" and max(width, height) > longest:
                ratio = longest / max(width, height)
                image.draft(image.mode, (math.ceil(width * ratio), math.ceil(height * ratio)))
            image.load()
            ImageOps.exif_transpose(image, in_place=True)  # no second copy in memory
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UnreadableFileError(
            f"{name} is far larger in pixels than any photo (over "
            f"{MAX_PIXELS // 1_000_000} megapixels); it was not imported."
        ) from None
    except UnreadableFileError:
        raise
    except MemoryError:
        raise UnreadableFileError(
            f"{name} is too large to open within the memory the app allows for one file; "
            "save a smaller copy of the picture (fewer pixels) and import that."
        ) from None
    except Exception:
        raise UnreadableFileError(
            f"{name} is damaged or not a JPEG or PNG image; it was not imported."
        ) from None


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    open_image(data, options.get("name", "The image"))
    return encode([""], ocr_pages=[0])


def ocr_png(data: bytes, name: str) -> bytes:
    """A greyscale PNG of the photo, upright and of a size tesseract reads well."""
    image = open_image(data, name).convert("L")
    longest = max(image.size)
    if longest > OCR_LONGEST_SIDE:
        ratio = OCR_LONGEST_SIDE / longest
        image = image.resize((max(1, int(image.width * ratio)), max(1, int(image.height * ratio))))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
