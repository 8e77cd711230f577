"""Set AP as data: health-led and physical needs (Duchenne muscular dystrophy, type 1
diabetes with dyscalculia, a return to school after an acquired brain injury, a visual
impairment with a hearing loss), in four plan layouts no earlier set has: the letter with
the responsible agency in brackets, a number with the letter in brackets, zero-padded
numbers without letters, and names carrying an acronym in brackets without letters.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

from case_01 import CASE_01
from case_02 import CASE_02
from case_03 import CASE_03
from case_04 import CASE_04

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
