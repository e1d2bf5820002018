rights-intro = You may have some rights regarding your personal data.
