page-privacy = Datenschutzerklärung
