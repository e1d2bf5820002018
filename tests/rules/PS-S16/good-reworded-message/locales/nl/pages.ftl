page-privacy = Privacybeleid
