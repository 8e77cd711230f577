"""Set O as data: three plans in layouts no earlier set has (headings "B) Special
Educational Needs", a "PART B" banner with the name on the next line, sections numbered
"1." to "12." by name), each with two reports.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist, phone numbers are in the 01632 960xxx range and e-mail addresses are at
example.org. Markers are those of evaluation_kit.dataset; one module per case.
"""

from case01 import CASE as CASE_01
from case02 import CASE as CASE_02
from case03 import CASE as CASE_03

CASES = [CASE_01, CASE_02, CASE_03]
