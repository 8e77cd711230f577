"""Set BB as data: autism and learning disability in secondary and special schools, and
placement disputes (an anxious autistic 15-year-old whose family seek an independent
specialist school against the council's maintained special school; a 12-year-old with a
severe learning disability and behaviour that challenges, for whom a 52-week residential
placement with a waking-day curriculum is argued against a 38-week day placement; an
autistic 17-year-old moving to a college supported internship), in plan layouts no earlier
set has. One module per case; markers and section names in common.py.

Every name, council, school, college, employer, service, NHS trust and professional is
invented. Phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail
addresses are at example.org and NHS numbers begin 999. Markers are those of
evaluation_kit.dataset.
"""

import case01
import case02
import case03
import case04

CASES = [case01.CASE, case02.CASE, case03.CASE, case04.CASE]
