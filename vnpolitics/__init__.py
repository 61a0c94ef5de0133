"""vnpolitics: typed entities with exact offsets from Vietnamese political text.

>>> import vnpolitics
>>> doc = vnpolitics.extract("Chỉ thị 18/2000/CT-TTg của Thủ tướng Chính phủ", doc_date="2013-08-27")
>>> doc.legal_documents[0].code
'18/2000/CT-TTg'
"""

from .errors import InputTypeError, InputValueError, RecordError, VnPoliticsError
from .normalization import NormalizedText, normalize
from .pipeline import Pipeline, extract
from .rendering import display
from .integrations import load
from .tables import to_pandas
from .citations import citation_counts, citation_table, citations_frame
from .register import build_register, register_frame
from .schema import (
    DateMention,
    Document,
    Entity,
    LegalDocMention,
    LocationMention,
    OrganizationMention,
    Person,
    PersonMention,
    TitleMention,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "extract",
    "Pipeline",
    "load",
    "display",
    "to_pandas",
    "Document",
    "Entity",
    "Person",
    "PersonMention",
    "TitleMention",
    "OrganizationMention",
    "LocationMention",
    "LegalDocMention",
    "DateMention",
    "normalize",
    "NormalizedText",
    "VnPoliticsError",
    "InputTypeError",
    "InputValueError",
    "RecordError",
    "build_register",
    "register_frame",
    "citation_table",
    "citation_counts",
    "citations_frame",
]
