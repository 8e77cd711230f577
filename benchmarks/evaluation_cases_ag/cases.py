"""Set AG as data: autistic children and children with developmental language disorder in
mainstream primary schools, with independent reports argued at length against the
council's advice, in four plan layouts no earlier set has. One module per case; markers are
those of evaluation_kit.dataset.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range.
"""

from case01 import CASE as CASE_01
from case02 import CASE as CASE_02
from case03 import CASE as CASE_03
from case04 import CASE as CASE_04

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
