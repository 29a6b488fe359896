"""The person's own record: diary, history and charts, health profile, Your data and the clinician
report.
"""
