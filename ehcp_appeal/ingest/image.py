"""Photo reader (runs in the sandbox child): JPEG/PNG only, with decompression-bomb protection."""

import io
import warnings
from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.result import encode

ALLOWED_FORMATS = ("JPEG", "PNG")
MAX_PIXELS = 120_000_000
OCR_LONGEST_SIDE = 5000


def open_image(data: bytes, name: str) -> Any:
    """Decode fully under the pixel cap, so a bomb fails here and not in the app."""
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            image.load()
            return ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise UnreadableFileError(
            f"{name} is far larger in pixels than any photo (over "
            f"{MAX_PIXELS // 1_000_000} megapixels); it was not imported."
        ) from None
    except UnreadableFileError:
        raise
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
