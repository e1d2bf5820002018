page-privacy = Informativa sulla privacy
