"""Users, roles, clinics, clinician–client links, invitations, consent and sign-in sessions."""
