"""Pure rules of the field: no Qt, no SQL, no HTTP."""
