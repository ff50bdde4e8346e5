"""Small helpers shared by the blind2 document modules."""


def sp(name, honorific, given, surname, role, org, quotes):
    """One gold speaker record."""
    return {
        "name": name,
        "honorific": honorific,
        "given_name": given,
        "surname": surname,
        "role": role,
        "organisation": org,
        "quotes": quotes,
    }
